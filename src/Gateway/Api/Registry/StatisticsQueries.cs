using Gateway.Caching;
using Gateway.Eclaire;
using Gateway.Fetching;
using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Registry;

/// <summary>The <c>statistics</c> root field.</summary>
[ExtendObjectType("Query")]
internal static class StatisticsQueries
{
    /// <summary>ECLAIRE's counts; a response with them may be cached until ECLAIRE's next daily refresh.</summary>
    [GraphQLDescription("ECLAIRE's global counts (one `GET /api/statistics`). Null with an `UPSTREAM_*` error when ECLAIRE cannot answer; the other root fields still resolve.")]
    public static async Task<Statistics?> GetStatisticsAsync(
        [Service] IEclaireClient eclaire,
        [Service] EclaireRefreshSchedule schedule,
        IResolverContext context,
        CancellationToken cancellationToken)
    {
        var statistics = new Statistics(await EclaireErrors.GuardAsync(eclaire.GetStatisticsAsync(cancellationToken)));

        // ECLAIRE recomputes its counts once a day: they stay valid until then.
        context.SetCacheHint(new CacheHint(MaxAge: schedule.SecondsUntilNextRefresh()));
        return statistics;
    }
}
