using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Common;
using Gateway.Api.Studies;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Organizations;

/// <summary>One row of the association table (document 5.3).</summary>
[GraphQLDescription("One row of ECLAIRE's association table (« logique d'association »): the studies of this regulation (and, for DM / DM-DIV, this qualification) are the organisation's.")]
[CacheControl(InheritMaxAge = true)]
internal sealed class OrganizationAssociation(Domain.OrganizationAssociation source)
{
    [GraphQLDescription("The regulation.")]
    public Regulation Regulation => source.Regulation.ToSchema();

    [GraphQLDescription("DM / DM-DIV only: the qualification, `Catégorie 1` or `Autre`; null for CTIS and JARDE.")]
    public string? Qualification => source.Qualification;
}
