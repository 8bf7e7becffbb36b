using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Eligibility;

/// <summary>The answer of <c>Study.eligibility</c>: a verdict and its reasons.</summary>
/// <param name="Status">The verdict: not eligible when a criterion is unmet, unknown when one cannot be decided, else eligible.</param>
/// <param name="Reasons">One reason per criterion compared (age, sex), or why none could be.</param>
[GraphQLName("Eligibility")]
[GraphQLDescription("Whether a patient matches a study's enrollment group (« groupe de participants »): the patient's age and sex compared with the group's age ranges and genders, with the reasons. The group's free-text inclusion and exclusion criteria (`group.inclusionCriteria`, `group.exclusionCriteria`) are not evaluated: `ELIGIBLE` means the structured criteria are met, a first filter before a clinician reads them. Recruitment is separate: see `recruitmentStatus`.")]
internal sealed record StudyEligibility(
    [property: GraphQLDescription("The verdict: `NOT_ELIGIBLE` when a criterion is unmet, `UNKNOWN` when one cannot be decided, else `ELIGIBLE`.")]
    EligibilityStatus Status,
    [property: GraphQLDescription("The reasons: one per criterion compared (age, sex), or why there was nothing to compare.")]
    IReadOnlyList<EligibilityReason> Reasons);
