using Gateway.Api.Posos;
using Gateway.Api.Studies;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Eligibility;

/// <summary>
/// <c>Study.eligibility(patient:)</c>: the same <see cref="PatientInput"/> as <c>contraindications</c>, compared with the
/// study's enrollment group by <see cref="EligibilityRules"/>. The group comes from the request's loaders: a list of
/// studies asking for <c>eligibility</c> is searched with <c>_include=*</c> (<see cref="StudyReader.RelationFields"/>),
/// so every study's group arrives with the one search; nothing is asked per study.
/// </summary>
[ExtendObjectType(typeof(Study))]
internal static class StudyEligibilityResolvers
{
    [GraphQLDescription("Whether `patient` matches the study's enrollment group (age ranges and genders), with the reasons: one query can list a patient's contraindications and the studies they could join. Reads the group the study's search brought (no request per study). `BAD_USER_INPUT` for an invalid patient; null with an `UPSTREAM_*` error when ECLAIRE cannot answer. The patient stays in memory for the request: never sent to ECLAIRE, never logged.")]
    public static async Task<StudyEligibility?> GetEligibilityAsync(
        [Parent] Study study,
        [GraphQLDescription("The patient, as given to `contraindications` (age: `birthDate` or `ageGroups`; sex). Conditions, treatments and measurements are not compared with ECLAIRE's free-text criteria.")] PatientInput patient,
        DataLoaderScope loaders,
        [Service] TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(study);
        var errors = new PososInputErrors();
        var profile = PososInputs.Patient(patient, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), errors);
        errors.ThrowIfAny();
        var details = await StudyReader.RelationsAsync(study.EclaireId, loaders, cancellationToken);
        return EligibilityRules.Evaluate(profile!, details?.Group);
    }
}
