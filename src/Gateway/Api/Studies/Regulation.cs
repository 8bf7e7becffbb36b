using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>The regulation a study falls under (<c>reglementation_code</c>, document 2.4.1).</summary>
[GraphQLDescription("The regulation a study falls under (« code réglementation », `category` coded in `eclaire-regulation-code-code-system`).")]
internal enum Regulation
{
    [GraphQLDescription("`REG536`: CTIS, a clinical trial of a medicinal product (« essai clinique médicament », EU regulation 536/2014).")]
    Ctis,

    [GraphQLDescription("`JARDE`: research involving human persons under the Jardé law (« recherche impliquant la personne humaine »).")]
    Jarde,

    [GraphQLDescription("`REG745`: DM, a clinical investigation of a medical device (« dispositif médical », EU regulation 2017/745).")]
    Dm,

    [GraphQLDescription("`REG746`: DM-DIV, a performance study of an in vitro diagnostic medical device (« diagnostic in vitro », EU regulation 2017/746).")]
    DmDiv,
}
