using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Eligibility;

/// <summary>The machine-readable reasons of an eligibility answer.</summary>
[GraphQLDescription("Why an eligibility answer is what it is, one code per criterion compared.")]
internal enum EligibilityReasonCode
{
    [GraphQLDescription("The patient's age is in the group's age ranges (or the ranges cover every age).")]
    AgeInRange,

    [GraphQLDescription("The patient's age is in none of the group's age ranges.")]
    AgeOutOfRange,

    [GraphQLDescription("The patient's age groups allow ages both in and out of the group's age ranges: the birth date would decide.")]
    AgeUncertain,

    [GraphQLDescription("The patient has neither `birthDate` nor `ageGroups`, and the group's age ranges do not cover every age.")]
    AgeNotGiven,

    [GraphQLDescription("ECLAIRE states no age range (in years) for the group.")]
    AgeRangeNotStated,

    [GraphQLDescription("The group admits the patient's sex (or both sexes).")]
    SexAdmitted,

    [GraphQLDescription("The group does not admit the patient's sex.")]
    SexNotAdmitted,

    [GraphQLDescription("The patient's sex is not given, and the group admits only one.")]
    SexNotGiven,

    [GraphQLDescription("ECLAIRE states no gender (male or female) for the group.")]
    GenderNotStated,

    [GraphQLDescription("ECLAIRE has no enrollment group for the study: nothing to compare with.")]
    NoGroup,
}
