using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Registry;

/// <summary>One key of <c>/api/statistics</c>, as sent.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">Its count.</param>
[GraphQLDescription("One key of ECLAIRE's `/api/statistics` answer, as sent (keys ECLAIRE may add later appear here first).")]
[CacheControl(InheritMaxAge = true)]
internal sealed record StatisticsEntry(
    [property: GraphQLDescription("The key, e.g. `Total_etudes`.")]
    string Key,
    [property: GraphQLDescription("Its count.")]
    int Value);
