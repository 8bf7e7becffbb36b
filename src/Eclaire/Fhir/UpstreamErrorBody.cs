using System.Text.Json;

namespace Gateway.Eclaire.Fhir;

/// <summary>
/// Any error body ECLAIRE sends: an OperationOutcome (<c>resourceType</c>, <c>issue</c>) or a NestJS error
/// (<c>{"error":"Bad Request","message":"..."}</c>, <c>{"statusCode":429,"message":"..."}</c>).
/// </summary>
public sealed record UpstreamErrorBody
{
    /// <summary><c>OperationOutcome</c> when the body is one.</summary>
    public string? ResourceType { get; init; }

    /// <summary>OperationOutcome issues.</summary>
    public IReadOnlyList<OperationOutcomeIssue>? Issue { get; init; }

    /// <summary>NestJS error name, e.g. <c>Bad Request</c>.</summary>
    public string? Error { get; init; }

    /// <summary>NestJS message: a string, or an array of strings for validation errors.</summary>
    public JsonElement? Message { get; init; }
}
