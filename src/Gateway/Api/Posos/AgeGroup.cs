using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>AgeGroup</c>: the age categories its alerts and patients use (a person may be in several).</summary>
[GraphQLDescription("An age category (Posos `AgeGroup`, « catégorie d'âge »). A person may belong to several, e.g. `CHILD` and `ADOLESCENT` at 14.")]
internal enum AgeGroup
{
    [GraphQLDescription("Premature baby (« prématuré »).")]
    Premature,

    [GraphQLDescription("Newborn, 0 to 1 month (« nouveau-né »).")]
    Newborn,

    [GraphQLDescription("Infant, 1 to 24 months (« nourrisson »).")]
    Infant,

    [GraphQLDescription("Child, 0 months to 18 years (« enfant »).")]
    Child,

    [GraphQLDescription("Adolescent, 12 to 18 years (« adolescent »).")]
    Adolescent,

    [GraphQLDescription("Adult, over 17 (« adulte »).")]
    Adult,

    [GraphQLDescription("Senior, over 64 (« sénior »).")]
    Senior,
}
