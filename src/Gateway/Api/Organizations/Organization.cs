using Gateway.Caching;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Relay;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Organizations;

/// <summary>The GraphQL type <c>Organization</c>: one of ECLAIRE's three responsible organizations (document section 5).</summary>
[GraphQLDescription("An organisation responsible for studies (FHIR `Organization`; « organisme »): the ANSM, the EMA's CTIS, or EUDRACT.")]
[CacheControl(MaxAge = GatewayCacheHints.StudyMaxAge)]
internal sealed class Organization(Domain.Organization source) : INode
{
    /// <summary>The organization as the ECLAIRE client mapped it.</summary>
    internal Domain.Organization Source { get; } = source;

    [ID]
    [GraphQLDescription("The global id (Relay): base64 of `Organization:<eclaireId>`.")]
    public string Id => GlobalId.Encode(nameof(Organization), Source.Id);

    [GraphQLDescription("The organisation's ECLAIRE id: `ansm`, `ctis` or `eudract`.")]
    public string EclaireId => Source.Id;

    [GraphQLDescription("The name, e.g. `Clinical Trials Information System`.")]
    public string? Name => Source.Name;

    [GraphQLDescription("The web site (`telecom` of system `url`), e.g. `https://euclinicaltrials.eu/`.")]
    public string? Url => Source.Url;

    [GraphQLDescription("The rows of the association table naming this organisation: which studies it is responsible for. CTIS (REG536) → ctis; JARDE → ansm; DM (REG745) and DM-DIV (REG746) → eudract for « Catégorie 1 », else ansm.")]
    public IReadOnlyList<OrganizationAssociation> Associations => [.. Source.Associations.Select(a => new OrganizationAssociation(a))];
}
