using Gateway.Fetching;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Relay;

namespace Gateway.Api.Organizations;

/// <summary>The <c>organization</c> root field.</summary>
[ExtendObjectType("Query")]
internal static class OrganizationQueries
{
    [GraphQLDescription("One of ECLAIRE's three organisations, by its ECLAIRE id (`ansm`, `ctis`, `eudract`) or its global id: one `GET R4/Organization/{id}`, none for any other id. Null with a `NOT_FOUND` error for an unknown id.")]
    public static async Task<Organization?> GetOrganizationAsync(
        [ID][GraphQLDescription("`ansm`, `ctis`, `eudract`, or a global id.")] string id,
        DataLoaderScope loaders,
        CancellationToken cancellationToken)
    {
        var eclaireId = NodeIds.ToEclaireId(id, nameof(Organization));
        return await ReadAsync(eclaireId, loaders, cancellationToken) ?? throw NodeIds.NotFound(nameof(Organization), eclaireId);
    }

    /// <summary>An organization through the request's loader, or null when unknown.</summary>
    internal static async Task<Organization?> ReadAsync(string eclaireId, DataLoaderScope loaders, CancellationToken cancellationToken) =>
        await loaders.GetDataLoader<OrganizationLoader>().LoadAsync(eclaireId, cancellationToken) is { } organization ? new Organization(organization) : null;
}
