using Gateway.Eclaire;
using Gateway.Eclaire.Domain;
using Gateway.GraphQL.DataLoader;

namespace Gateway.Fetching;

/// <summary>Enrollment groups by ECLAIRE id (<c>GET R4/Group/{id}</c> per distinct id, per-request cache; primed by searches).</summary>
internal sealed class GroupLoader(IBatchScheduler scheduler, IEclaireClient eclaire)
    : BatchDataLoader<string, StudyGroup>(scheduler)
{
    protected override Task<IReadOnlyDictionary<string, StudyGroup>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        EclaireErrors.GuardAsync(eclaire.GetGroupsAsync(keys, cancellationToken));
}
