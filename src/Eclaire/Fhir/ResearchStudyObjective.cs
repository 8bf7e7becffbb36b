namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>ResearchStudy.objective</c>.</summary>
public sealed record ResearchStudyObjective
{
    /// <summary>Label for the objective.</summary>
    public string? Name { get; init; }

    /// <summary>primary | secondary | exploratory.</summary>
    public CodeableConcept? Type { get; init; }
}
