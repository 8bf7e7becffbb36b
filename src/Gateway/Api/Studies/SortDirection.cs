using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>A sort direction.</summary>
[GraphQLDescription("A sort direction.")]
internal enum SortDirection
{
    [GraphQLDescription("Ascending: smallest (or oldest) first.")]
    Asc,

    [GraphQLDescription("Descending: largest (or newest) first.")]
    Desc,
}
