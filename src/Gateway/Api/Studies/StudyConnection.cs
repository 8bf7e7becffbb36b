using Gateway.Caching;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Relay;

namespace Gateway.Api.Studies;

/// <summary>A page of a study search as a Relay connection.</summary>
[GraphQLDescription("A page of studies (a Relay cursor connection over ECLAIRE's offset paging).")]
[CacheControl(MaxAge = GatewayCacheHints.StudyMaxAge)]
internal sealed class StudyConnection
{
    public StudyConnection(IReadOnlyList<StudyEdge> edges, PageInfo pageInfo, int totalCount)
    {
        Edges = edges;
        PageInfo = pageInfo;
        TotalCount = totalCount;
    }

    [GraphQLDescription("The studies of the page with their cursors.")]
    public IReadOnlyList<StudyEdge> Edges { get; }

    [GraphQLDescription("The studies of the page (the edges' nodes, without cursors).")]
    public IReadOnlyList<Study> Nodes => [.. Edges.Select(e => e.Node)];

    [GraphQLDescription("Where the page stands.")]
    public PageInfo PageInfo { get; }

    [GraphQLDescription("How many studies match, all pages together (ECLAIRE's `Bundle.total`, exact). Only the first 10,000 can be paged through.")]
    public int TotalCount { get; }
}
