using Gateway.Fetching;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Relay;

namespace Gateway.Api.Sites;

/// <summary>The <c>site</c> root field.</summary>
[ExtendObjectType("Query")]
internal static class SiteQueries
{
    [GraphQLDescription("One investigator site, by its ECLAIRE id (`<study id>-<i>-site`) or its global id: one `GET R4/Location/{id}`, shared with any other read of it in the request. Null with a `NOT_FOUND` error when ECLAIRE does not know it.")]
    public static async Task<Site?> GetSiteAsync(
        [ID][GraphQLDescription("The ECLAIRE id or the global id of the site.")] string id,
        DataLoaderScope loaders,
        CancellationToken cancellationToken)
    {
        var eclaireId = NodeIds.ToEclaireId(id, nameof(Site));
        return await ReadAsync(eclaireId, loaders, cancellationToken) ?? throw NodeIds.NotFound(nameof(Site), eclaireId);
    }

    /// <summary>A site through the request's loader, or null when unknown.</summary>
    internal static async Task<Site?> ReadAsync(string eclaireId, DataLoaderScope loaders, CancellationToken cancellationToken) =>
        await loaders.GetDataLoader<SiteLoader>().LoadAsync(eclaireId, cancellationToken) is { } site ? new Site(site) : null;
}
