using Gateway.Eclaire;
using Gateway.GraphQL.DataLoader;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Fetching;

/// <summary>
/// Studies by ECLAIRE id (<c>GET R4/ResearchStudy/{id}</c>, one read per distinct id: ECLAIRE cannot read several
/// studies in one call). One instance per request, so a study is read at most once per request; searches prime it.
/// </summary>
internal sealed class StudyLoader(IBatchScheduler scheduler, IEclaireClient eclaire)
    : BatchDataLoader<string, Domain.Study>(scheduler)
{
    protected override Task<IReadOnlyDictionary<string, Domain.Study>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        EclaireErrors.GuardAsync(eclaire.GetStudiesAsync(keys, cancellationToken));
}
