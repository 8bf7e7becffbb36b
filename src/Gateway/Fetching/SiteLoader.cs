using Gateway.Eclaire;
using Gateway.Eclaire.Domain;
using Gateway.GraphQL.DataLoader;

namespace Gateway.Fetching;

/// <summary>Investigator sites by ECLAIRE id (<c>GET R4/Location/{id}</c> per distinct id, per-request cache; primed by searches).</summary>
internal sealed class SiteLoader(IBatchScheduler scheduler, IEclaireClient eclaire)
    : BatchDataLoader<string, Site>(scheduler)
{
    protected override Task<IReadOnlyDictionary<string, Site>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        EclaireErrors.GuardAsync(eclaire.GetSitesAsync(keys, cancellationToken));
}
