using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>
/// Posos's <c>PatientInput</c>, and the one patient of the gateway: the same value feeds <c>contraindications</c> (sent
/// to Posos) and <c>Study.eligibility</c> (compared with ECLAIRE's groups in memory). Health data: never logged.
/// </summary>
[GraphQLDescription("A patient (Posos `PatientInput`): the same input feeds `contraindications` (sent to Posos) and `Study.eligibility` (compared with the study's group by the gateway). Every field is optional; the gateway checks them before any upstream call (`BAD_USER_INPUT`: a birth date in the future, age groups that exclude each other, a malformed SNOMED CT or ATC code...). Health data: kept for the request only, never logged.")]
internal sealed class PatientInput
{
    [GraphQLDescription("The age groups the patient belongs to (« groupe d'âge »), when the birth date is not given; several narrow each other down (`CHILD` and `ADOLESCENT`: 12 to 17 years).")]
    public IReadOnlyList<AgeGroup>? AgeGroups { get; set; }

    [GraphQLDescription("The birth date (« date de naissance »), not in the future.")]
    public DateOnly? BirthDate { get; set; }

    [GraphQLDescription("The patient's pre-existing treatments (« traitements pré-existants »).")]
    public TreatmentInput? ConcurrentTreatments { get; set; }

    [GraphQLDescription("The patient's conditions (« pathologies et conditions », SNOMED CT).")]
    public IReadOnlyList<ConditionInput>? Conditions { get; set; }

    [GraphQLDescription("Biological sex (« sexe biologique »).")]
    public Gender? Sex { get; set; }

    [GraphQLDescription("Measurements (« paramètres biologiques »), e.g. the creatinine clearance.")]
    public IReadOnlyList<ContinuousCriterionInput>? ContinuousCriteria { get; set; }
}
