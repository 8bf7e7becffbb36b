namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>ResearchStudy.arm</c>.</summary>
public sealed record ResearchStudyArm
{
    /// <summary>Extensions (ECLAIRE IG: <c>eclaire-arm-intervention</c>).</summary>
    public IReadOnlyList<Extension>? Extension { get; init; }

    /// <summary>Label for the arm.</summary>
    public string? Name { get; init; }

    /// <summary>Categorization of the arm.</summary>
    public CodeableConcept? Type { get; init; }

    /// <summary>Short explanation of the arm.</summary>
    public string? Description { get; init; }
}
