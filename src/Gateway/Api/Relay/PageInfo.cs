using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Relay;

/// <summary>Relay's <c>PageInfo</c>.</summary>
/// <param name="HasNextPage">Whether a next page can be read with <c>after: endCursor</c>.</param>
/// <param name="HasPreviousPage">Whether results come before this page.</param>
/// <param name="StartCursor">Cursor of the first edge.</param>
/// <param name="EndCursor">Cursor of the last edge.</param>
[GraphQLDescription("Where a page of a connection stands (Relay's cursor connections).")]
[CacheControl(InheritMaxAge = true)]
internal sealed record PageInfo(
    [property: GraphQLDescription("True when more results can be read with `after: endCursor`. False on the last page, and at the end of ECLAIRE's 10,000-result window even when `totalCount` is larger.")]
    bool HasNextPage,
    [property: GraphQLDescription("True when results come before this page (it does not start at the first result).")]
    bool HasPreviousPage,
    [property: GraphQLDescription("The cursor of the page's first edge; null for an empty page.")]
    string? StartCursor,
    [property: GraphQLDescription("The cursor of the page's last edge; pass it as `after` for the next page. Null for an empty page.")]
    string? EndCursor);
