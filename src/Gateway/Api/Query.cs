using Gateway.GraphQL;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Groups;
using Gateway.Api.Organizations;
using Gateway.Api.Relay;
using Gateway.Api.Sites;
using Gateway.Api.Studies;

namespace Gateway.Api;

/// <summary>
/// The query type: <c>node(id:)</c> here; the other root fields come from the <c>[ExtendObjectType("Query")]</c>
/// classes of each area (<see cref="StudyQueries"/>, <see cref="GroupQueries"/>, <see cref="SiteQueries"/>,
/// <see cref="OrganizationQueries"/>, <see cref="Registry.StatisticsQueries"/>, <see cref="Posos.PososQueries"/>).
/// </summary>
[GraphQLDescription("The gateway's queries: ECLAIRE's clinical studies (studies, groups, sites, organisations, statistics) and Posos's drug-safety analysis (contraindications, interactions, drug and condition suggestions).")]
internal static class Query
{
    [GraphQLDescription("Any object by its global id (Relay): a Study, Group, Site or Organization. Null with a `NOT_FOUND` error when ECLAIRE does not know it; `BAD_USER_INPUT` when `id` is not a global id.")]
    public static async Task<INode?> GetNodeAsync(
        [ID][GraphQLDescription("A global id, as given by an object's `id` field.")] string id,
        IResolverContext context,
        DataLoaderScope loaders,
        CancellationToken cancellationToken)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var eclaireId) || !NodeIds.NodeTypes.Contains(typeName))
        {
            throw new GraphQLException($"`{id}` is not a global id: pass the `id` field of a Study, Group, Site or Organization.", ErrorCodes.BadUserInput);
        }

        INode? node = typeName switch
        {
            nameof(Study) => await StudyReader.ReadAsync(eclaireId, StudyReader.SelectsRelations(context), loaders, cancellationToken),
            nameof(Group) => await GroupQueries.ReadAsync(eclaireId, loaders, cancellationToken),
            nameof(Site) => await SiteQueries.ReadAsync(eclaireId, loaders, cancellationToken),
            _ => await OrganizationQueries.ReadAsync(eclaireId, loaders, cancellationToken),
        };
        return node ?? throw NodeIds.NotFound(typeName, eclaireId);
    }
}
