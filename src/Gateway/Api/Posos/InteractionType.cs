using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>InteractionType</c>: the four levels of the ANSM interaction thesaurus.</summary>
[GraphQLDescription("The level of a drug-drug interaction (Posos `InteractionType`): the four levels of the ANSM interaction thesaurus (« Thésaurus des interactions médicamenteuses »).")]
internal enum InteractionType
{
    [GraphQLDescription("Contraindicated combination (« contre-indication »).")]
    Contraindication,

    [GraphQLDescription("Combination not recommended (« association déconseillée »).")]
    NotRecommended,

    [GraphQLDescription("Precaution for use (« précaution d'emploi »).")]
    Precaution,

    [GraphQLDescription("To be taken into account (« à prendre en compte »).")]
    ToTakeIntoAccount,
}
