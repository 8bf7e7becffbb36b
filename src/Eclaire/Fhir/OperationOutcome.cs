using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR R4 <c>OperationOutcome</c>: ECLAIRE's error body (always <c>code: not-found</c>, even for a 400).</summary>
public sealed record OperationOutcome : Resource
{
    /// <inheritdoc />
    [JsonPropertyOrder(-10)]
    public override string ResourceType => "OperationOutcome";

    /// <summary>The issues.</summary>
    public IReadOnlyList<OperationOutcomeIssue>? Issue { get; init; }
}
