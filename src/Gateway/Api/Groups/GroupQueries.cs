using Gateway.Fetching;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Relay;

namespace Gateway.Api.Groups;

/// <summary>The <c>group</c> root field.</summary>
[ExtendObjectType("Query")]
internal static class GroupQueries
{
    [GraphQLDescription("One enrollment group, by its ECLAIRE id (`<study id>-enrollment-group`) or its global id: one `GET R4/Group/{id}`, shared with any other read of it in the request. Null with a `NOT_FOUND` error when ECLAIRE does not know it.")]
    public static async Task<Group?> GetGroupAsync(
        [ID][GraphQLDescription("The ECLAIRE id or the global id of the group.")] string id,
        DataLoaderScope loaders,
        CancellationToken cancellationToken)
    {
        var eclaireId = NodeIds.ToEclaireId(id, nameof(Group));
        return await ReadAsync(eclaireId, loaders, cancellationToken) ?? throw NodeIds.NotFound(nameof(Group), eclaireId);
    }

    /// <summary>A group through the request's loader, or null when unknown.</summary>
    internal static async Task<Group?> ReadAsync(string eclaireId, DataLoaderScope loaders, CancellationToken cancellationToken) =>
        await loaders.GetDataLoader<GroupLoader>().LoadAsync(eclaireId, cancellationToken) is { } group ? new Group(group) : null;
}
