using Gateway.Eclaire;
using Gateway.GraphQL.DataLoader;

namespace Gateway.Fetching;

/// <summary>
/// A study with its group, sites and organization, by ECLAIRE id: one <c>identifier=&lt;id&gt;&amp;_include=*</c>
/// search per distinct id. Searches that include related resources prime it for every study of their page, so a
/// study listed by <c>studies</c> never costs a second call for its relations.
/// </summary>
internal sealed class StudyDetailsLoader(IBatchScheduler scheduler, IEclaireClient eclaire)
    : BatchDataLoader<string, StudyDetails>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<string, StudyDetails>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var reads = keys.Select(id => EclaireErrors.GuardAsync(eclaire.GetStudyDetailsAsync(id, cancellationToken))).ToList();
        var found = await Task.WhenAll(reads).ConfigureAwait(false);
        var result = new Dictionary<string, StudyDetails>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (found[i] is { } details)
            {
                result[keys[i]] = details;
            }
        }

        return result;
    }
}
