using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Eligibility;

/// <summary>What an eligibility reason is about.</summary>
[GraphQLDescription("What an eligibility reason is about.")]
internal enum EligibilityCriterion
{
    [GraphQLDescription("The group's age ranges (« tranches d'âge », `grp-age`).")]
    Age,

    [GraphQLDescription("The group's genders (« sexe », `grp-gender`).")]
    Sex,

    [GraphQLDescription("The study's enrollment group itself.")]
    Group,
}
