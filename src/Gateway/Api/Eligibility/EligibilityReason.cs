using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Eligibility;

/// <summary>One reason of an eligibility answer: a code, the criterion, that criterion's own verdict, and a sentence.</summary>
/// <param name="Code">The machine-readable reason.</param>
/// <param name="Criterion">What it is about.</param>
/// <param name="Status">The verdict of this criterion alone.</param>
/// <param name="Message">The reason in words (the group's values; never the patient's).</param>
[GraphQLDescription("One reason of an eligibility answer: what was compared and what it says.")]
internal sealed record EligibilityReason(
    [property: GraphQLDescription("The machine-readable reason.")]
    EligibilityReasonCode Code,
    [property: GraphQLDescription("The criterion it is about.")]
    EligibilityCriterion Criterion,
    [property: GraphQLDescription("The verdict of this criterion alone.")]
    EligibilityStatus Status,
    [property: GraphQLDescription("The reason in words, in English with the group's values as ECLAIRE writes them, e.g. `The patient's age is in the group's age ranges (18-64 ans, 65+ ans).` It never repeats the patient's data.")]
    string Message);
