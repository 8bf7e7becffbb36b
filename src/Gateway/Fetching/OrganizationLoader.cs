using Gateway.Eclaire;
using Gateway.Eclaire.Domain;
using Gateway.GraphQL.DataLoader;

namespace Gateway.Fetching;

/// <summary>
/// Organizations by ECLAIRE id (<c>ansm</c>, <c>ctis</c>, <c>eudract</c>; <c>GET R4/Organization/{id}</c> per distinct
/// known id, none for other ids; per-request cache; primed by searches).
/// </summary>
internal sealed class OrganizationLoader(IBatchScheduler scheduler, IEclaireClient eclaire)
    : BatchDataLoader<string, Organization>(scheduler)
{
    protected override Task<IReadOnlyDictionary<string, Organization>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        EclaireErrors.GuardAsync(eclaire.GetOrganizationsAsync(keys, cancellationToken));
}
