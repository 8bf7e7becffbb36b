using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>AlertType</c>: the type and level of a contraindication alert.</summary>
[GraphQLDescription("The type and level of a contraindication alert (Posos `AlertType`, « type et niveau d'alerte »).")]
internal enum AlertType
{
    [GraphQLDescription("Absolute contraindication (« contre-indication absolue »): the drug must not be given.")]
    AbsoluteContraindication,

    [GraphQLDescription("Relative contraindication (« contre-indication relative »): to be weighed against the benefit.")]
    RelativeContraindication,

    [GraphQLDescription("Precaution for use (« précaution d'emploi »).")]
    Precaution,

    [GraphQLDescription("Warning (« mise en garde »).")]
    Warning,
}
