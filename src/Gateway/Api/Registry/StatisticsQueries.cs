using Gateway.Eclaire;
using Gateway.Fetching;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Registry;

/// <summary>The <c>statistics</c> root field.</summary>
[ExtendObjectType("Query")]
internal static class StatisticsQueries
{
    [GraphQLDescription("ECLAIRE's global counts (one `GET /api/statistics`). Null with an `UPSTREAM_*` error when ECLAIRE cannot answer; the other root fields still resolve.")]
    public static async Task<Statistics?> GetStatisticsAsync([Service] IEclaireClient eclaire, CancellationToken cancellationToken) =>
        new(await EclaireErrors.GuardAsync(eclaire.GetStatisticsAsync(cancellationToken)));
}
