using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Sandbox.Tests;

/// <summary>JSON helpers for assertions: shapes (key paths with value kinds) and key orders.</summary>
public static class Json
{
    public static JsonNode Parse(string text) => JsonNode.Parse(text)!;

    public static async Task<(int Status, string ContentType, string Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? string.Empty, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every key path of a document (array indexes collapsed) with the kind of value found there.</summary>
    public static SortedSet<string> Shape(JsonNode? node, string path = "")
    {
        var shape = new SortedSet<string>(StringComparer.Ordinal);
        Collect(node, path, shape);
        return shape;
    }

    public static IReadOnlyList<string> Keys(JsonNode? node) => node is JsonObject o ? [.. o.Select(p => p.Key)] : [];

    /// <summary>True when the two documents hold the same values, whatever the key order.</summary>
    public static bool SameContent(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(a, b);

    private static void Collect(JsonNode? node, string path, SortedSet<string> shape)
    {
        switch (node)
        {
            case JsonObject o:
                shape.Add(path + ":object");
                foreach (var (name, value) in o)
                {
                    Collect(value, path.Length == 0 ? name : path + "." + name, shape);
                }

                break;
            case JsonArray a:
                shape.Add(path + ":array");
                foreach (var item in a)
                {
                    Collect(item, path + "[]", shape);
                }

                break;
            case JsonValue v:
                shape.Add(path + ":" + v.GetValueKind().ToString().ToLowerInvariant());
                break;
            default:
                shape.Add(path + ":null");
                break;
        }
    }

    public static string Compact(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
