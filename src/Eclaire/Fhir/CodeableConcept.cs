namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>CodeableConcept</c>: codings and/or text.</summary>
public sealed record CodeableConcept
{
    /// <summary>Element id (ECLAIRE sets it on conditions, e.g. <c>meddra-condition-&lt;study&gt;-&lt;code&gt;</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Codes defined by terminology systems.</summary>
    public IReadOnlyList<Coding>? Coding { get; init; }

    /// <summary>Plain text representation of the concept.</summary>
    public string? Text { get; init; }
}
