using System.Text.Json.Serialization;

namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR R4 <c>ResearchStudy</c>, the elements ECLAIRE fills (and a few R4 neighbours it may add).</summary>
public sealed record ResearchStudy : Resource
{
    /// <inheritdoc />
    [JsonPropertyOrder(-10)]
    public override string ResourceType => "ResearchStudy";

    /// <summary>Business identifiers: the primary one (no system, use <c>official</c>) and secondary registries.</summary>
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    /// <summary>Name of the study (French for CTIS studies read by id).</summary>
    public string? Title { get; init; }

    /// <summary>FHIR status: <c>approved</c>, <c>active</c>, <c>completed</c>, <c>temporarily-closed-to-accrual</c>, ...</summary>
    public string? Status { get; init; }

    /// <summary>Study phase.</summary>
    public CodeableConcept? Phase { get; init; }

    /// <summary>Regulation code and its precision (ECLAIRE code systems).</summary>
    public IReadOnlyList<CodeableConcept>? Category { get; init; }

    /// <summary>Drugs, devices, etc. under study.</summary>
    public IReadOnlyList<CodeableConcept>? Focus { get; init; }

    /// <summary>Conditions studied: free-text disease and MedDRA codings.</summary>
    public IReadOnlyList<CodeableConcept>? Condition { get; init; }

    /// <summary>Contacts for the study.</summary>
    public IReadOnlyList<ContactDetail>? Contact { get; init; }

    /// <summary>Keywords.</summary>
    public IReadOnlyList<CodeableConcept>? Keyword { get; init; }

    /// <summary>Countries concerned (ISO 3166).</summary>
    public IReadOnlyList<CodeableConcept>? Location { get; init; }

    /// <summary>ECLAIRE: "La durée de participation est de: N mois".</summary>
    public string? Description { get; init; }

    /// <summary>Objectives in <c>text</c>.</summary>
    public CodeableConcept? PrimaryPurposeType { get; init; }

    /// <summary>Reference to the enrollment Group (<c>Group/&lt;study&gt;-enrollment-group</c>).</summary>
    public IReadOnlyList<Reference>? Enrollment { get; init; }

    /// <summary>When the study began and ended.</summary>
    public Period? Period { get; init; }

    /// <summary>Organization that initiates and is legally responsible for the study.</summary>
    public Reference? Sponsor { get; init; }

    /// <summary>Researcher who oversees the study.</summary>
    public Reference? PrincipalInvestigator { get; init; }

    /// <summary>Investigator sites (<c>Location/&lt;study&gt;-&lt;i&gt;-site</c>).</summary>
    public IReadOnlyList<Reference>? Site { get; init; }

    /// <summary>Reason the study was stopped.</summary>
    public CodeableConcept? ReasonStopped { get; init; }

    /// <summary>Defined paths through the study for a subject.</summary>
    public IReadOnlyList<ResearchStudyArm>? Arm { get; init; }

    /// <summary>Goals of the study.</summary>
    public IReadOnlyList<ResearchStudyObjective>? Objective { get; init; }
}
