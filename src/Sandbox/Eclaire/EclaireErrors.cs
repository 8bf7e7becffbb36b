using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Eclaire;

/// <summary>The API's error bodies, byte for byte (API_BEHAVIOR.md section 5).</summary>
internal static class EclaireErrors
{
    /// <summary>The controller's own checks (<c>_count</c>, <c>_lastUpdated</c>): not an OperationOutcome.</summary>
    public static EclaireResponse BadRequest(string message) => new(400, EclaireResponse.FhirJson, JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("error", "Bad Request");
        writer.WriteString("message", message);
        writer.WriteEndObject();
    }));

    /// <summary>An OpenSearch error during a search: HTTP 400 with its root cause as an OperationOutcome.</summary>
    public static EclaireResponse SearchFailed(string reason) => new(400, EclaireResponse.FhirJson, OperationOutcome(reason, reason));

    public static EclaireResponse NotFound(string diagnostics, string text) => new(404, EclaireResponse.FhirJson, OperationOutcome(diagnostics, text));

    /// <summary>An unexpected exception (NestJS's default body).</summary>
    public static EclaireResponse InternalError(string contentType) => new(500, contentType, NestError(500, "Internal server error"));

    /// <summary>The throttler's refusal.</summary>
    public static EclaireResponse TooManyRequests() => new(429, EclaireResponse.Json, NestError(429, "ThrottlerException: Too Many Requests"));

    /// <summary>NestJS's body for a route that does not exist.</summary>
    public static EclaireResponse RouteNotFound(string method, string path) => new(404, EclaireResponse.Json, JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("message", "Cannot " + method + " " + path);
        writer.WriteString("error", "Not Found");
        writer.WriteNumber("statusCode", 404);
        writer.WriteEndObject();
    }));

    public static byte[] OperationOutcome(string diagnostics, string text) => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "OperationOutcome");
        writer.WriteStartObject("text");
        writer.WriteString("status", "generated");
        writer.WriteString("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + text + "</div>");
        writer.WriteEndObject();
        writer.WriteStartArray("issue");
        writer.WriteStartObject();
        writer.WriteString("severity", "error");
        writer.WriteString("code", "not-found");
        writer.WriteString("diagnostics", diagnostics);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static byte[] NestError(int statusCode, string message) => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("statusCode", statusCode);
        writer.WriteString("message", message);
        writer.WriteEndObject();
    });
}
