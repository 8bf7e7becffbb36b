using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Eligibility;

/// <summary>Whether a patient may join a study, as far as its group's structured criteria tell.</summary>
[GraphQLDescription("Whether a patient may join a study, as far as the structured criteria of its ECLAIRE enrollment group tell (age ranges and genders).")]
internal enum EligibilityStatus
{
    [GraphQLDescription("Every criterion compared is met.")]
    Eligible,

    [GraphQLDescription("At least one criterion is not met.")]
    NotEligible,

    [GraphQLDescription("None is unmet, but at least one cannot be decided (the patient's data or the group's is missing or too coarse).")]
    Unknown,
}
