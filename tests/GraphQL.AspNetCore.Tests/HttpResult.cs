using System.Net;
using System.Text.Json;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>A response read whole: status, headers and body (parsed as JSON when it is).</summary>
public sealed class HttpResult
{
    private HttpResult(HttpResponseMessage response, string body)
    {
        Response = response;
        Body = body;
    }

    public HttpResponseMessage Response { get; }

    public HttpStatusCode Status => Response.StatusCode;

    public string Body { get; }

    public string? ContentType => Response.Content.Headers.ContentType?.ToString();

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    public string? FirstErrorCode =>
        Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public static async Task<HttpResult> ReadAsync(HttpResponseMessage response) => new(response, await response.Content.ReadAsStringAsync());

    public override string ToString() => $"{(int)Status} {ContentType}: {Body}";
}
