using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Reads JSON (variables, the conformance runner's data) into the plain values the engine works with:
/// null, bool, string, numbers (long when integral and in range, else double), lists and
/// insertion-ordered string-keyed dictionaries.
/// </summary>
public static class JsonInput
{
    public static object? ToPlainValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var dictionary = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    // As in JavaScript, a repeated key keeps its last value.
                    dictionary[property.Name] = ToPlainValue(property.Value);
                }

                return dictionary;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToPlainValue(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? integer : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Reads a JSON object of variables; null for JSON null or absent.</summary>
    public static IReadOnlyDictionary<string, object?>? ToVariables(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? (IReadOnlyDictionary<string, object?>)ToPlainValue(element)! : null;
}
