using System.Net;
using System.Text.Json;

namespace Gateway.Tests.Support;

/// <summary>A GraphQL response: HTTP status, the JSON body, and helpers to read data and errors.</summary>
public sealed class GraphQLResponse(HttpStatusCode status, string body)
{
    public HttpStatusCode Status { get; } = status;

    public string Body { get; } = body;

    public JsonElement Json { get; } = JsonDocument.Parse(body).RootElement.Clone();

    public JsonElement Data => Json.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>The codes of the errors, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)];

    /// <summary>The error whose path starts with <paramref name="field"/>.</summary>
    public JsonElement ErrorAt(string field) =>
        Errors.First(e => e.TryGetProperty("path", out var path) && path[0].GetString() == field);

    public static string CodeOf(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;

    public void AssertNoErrors()
    {
        Assert.True(Errors.Count == 0, "Unexpected errors: " + Body);
        Assert.Equal(HttpStatusCode.OK, Status);
    }
}
