using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>What a study identifier is, told by its system (document 2.4.5).</summary>
[GraphQLDescription("What a study identifier is, told by its `system` (« identifiants externes »).")]
internal enum IdentifierKind
{
    [GraphQLDescription("The primary, official number (« numéro principal »: EU CT number or RIPH / ID-RCB number); no system, use `official`.")]
    Primary,

    [GraphQLDescription("An NCT number (ClinicalTrials.gov), system `https://clinicaltrials.gov`.")]
    Nct,

    [GraphQLDescription("An ISRCTN number, system `https://www.isrctn.com`.")]
    Isrctn,

    [GraphQLDescription("A UTN (WHO ICTRP universal trial number), system `https://www.who.int/tools/clinical-trials-registry-platform`.")]
    Utn,

    [GraphQLDescription("A free number given by the sponsor (« numéro libre »), system `https://my-identifier.fr`, use `temp`.")]
    Free,

    [GraphQLDescription("An identifier of another system.")]
    Other,
}
