using Gateway.Eclaire;
using Gateway.Fetching;
using Gateway.GraphQL;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Relay;

namespace Gateway.Api.Studies;

/// <summary>The <c>study</c> and <c>studies</c> root fields.</summary>
[ExtendObjectType("Query")]
internal static class StudyQueries
{
    // Where Study fields sit below `studies`.
    private static readonly IReadOnlyList<string>[] StudyPaths = [["edges", "node"], ["nodes"]];

    // What needs the studies themselves (not only totalCount).
    private static readonly IReadOnlyList<string>[] PagePaths = [["edges"], ["nodes"], ["pageInfo"]];

    [GraphQLDescription("One study, by its ECLAIRE id (`2022-500014-26-00`, `2021-A01563-38`) or its global id. One ECLAIRE call: a read by id, or, when `group`, `sites` or `organization` are asked, one search that brings them along. Null with a `NOT_FOUND` error when ECLAIRE does not know it.")]
    public static async Task<Study?> GetStudyAsync(
        [ID][GraphQLDescription("The ECLAIRE id or the global id of the study.")] string id,
        IResolverContext context,
        DataLoaderScope loaders,
        CancellationToken cancellationToken)
    {
        var eclaireId = NodeIds.ToEclaireId(id, nameof(Study));
        return await StudyReader.ReadAsync(eclaireId, StudyReader.SelectsRelations(context), loaders, cancellationToken)
            ?? throw NodeIds.NotFound(nameof(Study), eclaireId);
    }

    [GraphQLDescription("Studies matching `where`, in `order`, as a Relay connection over ECLAIRE's offset paging: `first` (1 to 100) from `after`. Every criterion is sent to ECLAIRE; nothing is filtered by the gateway. ECLAIRE serves only the first 10,000 results of a search: paging past them is a `BAD_USER_INPUT` error. One ECLAIRE call per page, groups, sites and organizations included when asked. Null with an `UPSTREAM_*` error when ECLAIRE cannot answer.")]
    public static async Task<StudyConnection?> GetStudiesAsync(
        IResolverContext context,
        [Service] IEclaireClient eclaire,
        DataLoaderScope loaders,
        [GraphQLDescription("The criteria; all must hold.")] StudyFilter? where = null,
        [GraphQLDescription("The order: one entry (ECLAIRE sorts on one field). Default: last update, newest first, then id descending.")] IReadOnlyList<StudySort>? order = null,
        [GraphQLDescription("How many studies, 1 to 100.")] int first = 20,
        [GraphQLDescription("Read the studies after this cursor (an edge's `cursor` or `pageInfo.endCursor`).")] string? after = null,
        CancellationToken cancellationToken = default)
    {
        var offset = StudySearchBuilder.OffsetAfter(after);
        var includeRelated = StudyPaths.Any(path => SelectionInspector.Selects(context, path, StudyReader.RelationFields));
        var search = StudySearchBuilder.Build(where, order, first, offset, includeRelated);
        if (!SelectionInspector.SelectsAnyPath(context, PagePaths))
        {
            // Only `totalCount` is asked: the smallest page ECLAIRE serves gives the same total.
            search = search with { Count = 1 };
        }

        var page = await EclaireErrors.GuardAsync(eclaire.SearchStudiesAsync(search, cancellationToken));
        EclairePriming.Prime(loaders, page, includeRelated);

        var edges = new List<StudyEdge>(page.Studies.Count);
        for (var i = 0; i < page.Studies.Count; i++)
        {
            edges.Add(new StudyEdge(OffsetCursor.Encode(page.Offset + i), new Study(page.Studies[i])));
        }

        var pageInfo = new PageInfo(
            HasNextPage: page.NextOffset is not null,
            HasPreviousPage: page.Offset > 0,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new StudyConnection(edges, pageInfo, page.Total);
    }
}
