using System.Collections;
using System.Text;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Coerces an external input value (from variables: null, bool, string, numbers, lists and
/// string-keyed dictionaries) to the internal value of an input type, the spec's CoerceVariableValues
/// input coercion (graphql-js <c>coerceInputValue</c>). Every problem is reported with the path inside
/// the value; coercion goes on to report them all.
/// </summary>
public static class InputValueCoercion
{
    /// <summary>
    /// Receives one coercion problem: the path inside the value, the offending value, the message, and whether the
    /// message quotes the value (a scalar's or enum's own message does; the structural ones never do).
    /// </summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message, bool messageQuotesValue);

    // What a failed coercion yields inside the value (graphql-js's undefined): unlike null, it does not
    // count as "the one field given is null" for OneOf input objects.
    private static readonly object Invalid = new();

    /// <summary>Coerces <paramref name="value"/>; problems go to <paramref name="onError"/> and the result is then meaningless.</summary>
    public static object? Coerce(object? value, GraphQLType type, ErrorHandler onError)
    {
        var result = CoerceCore(Normalize(value), type, onError, []);
        return ReferenceEquals(result, Invalid) ? null : result;
    }

    /// <summary>"Name[0].field" style rendering of a path inside a value (graphql-js <c>printPathArray</c>).</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for values that coerce as input objects: string-keyed dictionaries.</summary>
    public static bool IsInputObject(object? value) =>
        value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    /// <summary>True for values that coerce as lists: enumerables other than strings and dictionaries.</summary>
    public static bool IsList(object? value) => value is IEnumerable and not string && !IsInputObject(value);

    private static object? CoerceCore(object? value, GraphQLType type, ErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return CoerceCore(value, nonNull.OfType, onError, path);
            }

            onError([.. path], value, $"Expected non-nullable type \"{type}\" not to be null.", false);
            return Invalid;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        path.Add(index);
                        items.Add(CoerceCore(Normalize(item), list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }

                    return items;
                }

                // A single value is accepted as a list of one.
                return new List<object?>(1) { CoerceCore(value, list.OfType, onError, path) };

            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, onError, path);

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLException error)
                {
                    onError([.. path], value, error.Message, true);
                    return Invalid;
                }

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (GraphQLException error)
                {
                    onError([.. path], value, error.Message, true);
                    return Invalid;
                }

            default:
                onError([.. path], value, $"Expected type \"{type}\" to be an input type.", false);
                return Invalid;
        }
    }

    private static object CoerceInputObject(object value, InputObjectType type, ErrorHandler onError, List<object> path)
    {
        if (AsDictionary(value) is not { } fields)
        {
            onError([.. path], value, $"Expected type \"{type.Name}\" to be an object.", false);
            return Invalid;
        }

        var result = new OrderedDictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    onError([.. path], value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.", false);
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = CoerceCore(Normalize(fieldValue), field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in fields.Keys)
        {
            if (!type.Fields.Contains(name))
            {
                var suggestions = Suggestions.SuggestionList(name, type.Fields.Select(f => f.Name));
                onError([.. path], value, $"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions), false);
            }
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                onError([.. path], value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".", false);
            }

            if (result.Count > 0 && result.GetAt(0) is { Value: null } only)
            {
                onError([.. path, only.Key], null, $"Field \"{only.Key}\" must be non-null.", false);
            }
        }

        return result;
    }

    private static IReadOnlyDictionary<string, object?>? AsDictionary(object value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly;
            case IDictionary<string, object?> dictionary:
                return new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
            case IDictionary untyped:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in untyped)
                {
                    copy[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!] = entry.Value;
                }

                return copy;
            default:
                return null;
        }
    }

    // JSON elements from a transport are read as plain values.
    private static object? Normalize(object? value) =>
        value is System.Text.Json.JsonElement element ? JsonInput.ToPlainValue(element) : value;

    /// <summary>A short rendering of a value for messages.</summary>
    internal static string Inspect(object? value) => ValueInspector.Inspect(value);
}
