namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>OperationOutcome.issue</c>.</summary>
public sealed record OperationOutcomeIssue
{
    /// <summary>fatal | error | warning | information.</summary>
    public string? Severity { get; init; }

    /// <summary>Error or warning code.</summary>
    public string? Code { get; init; }

    /// <summary>Additional details about the error.</summary>
    public CodeableConcept? Details { get; init; }

    /// <summary>Additional diagnostic information (ECLAIRE puts the reason here).</summary>
    public string? Diagnostics { get; init; }
}
