using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.GraphQL.Tests.CodeFirst;

/// <summary>Compares JSON texts by content and order, whatever characters the writer chose to escape.</summary>
public static class JsonAssert
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Equal(string expected, string actual) => Assert.Equal(Normalize(expected), Normalize(actual));

    public static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(Relaxed);
}
