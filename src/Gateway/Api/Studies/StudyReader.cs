using Gateway.Eclaire;
using Gateway.Fetching;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;

namespace Gateway.Api.Studies;

/// <summary>
/// Reads one study the cheapest way the selection allows: when the fields below it ask for its group, sites or
/// organization, one <c>identifier=&lt;id&gt;&amp;_include=*</c> search brings everything (and primes the loaders);
/// otherwise one <c>GET R4/ResearchStudy/{id}</c>. Both go through the request's DataLoaders, so a study already read
/// or primed costs nothing.
/// </summary>
internal static class StudyReader
{
    /// <summary>
    /// The Study fields resolved from related resources: asking for one of them includes the relations. <c>eligibility</c>
    /// reads the group (<see cref="Eligibility.StudyEligibilityResolvers"/>).
    /// </summary>
    public static IReadOnlyCollection<string> RelationFields { get; } = ["group", "sites", "organization", "eligibility"];

    /// <summary>Whether the selection right below the current field (a field of type Study) asks for a relation.</summary>
    public static bool SelectsRelations(IResolverContext context) =>
        SelectionInspector.Selects(context, [], RelationFields);

    /// <summary>The study, or null when ECLAIRE does not know it.</summary>
    public static async Task<Study?> ReadAsync(string eclaireId, bool withRelations, DataLoaderScope loaders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        if (withRelations)
        {
            var details = await RelationsAsync(eclaireId, loaders, cancellationToken);
            return details is null ? null : new Study(details.Study);
        }

        var study = await loaders.GetDataLoader<StudyLoader>().LoadAsync(eclaireId, cancellationToken);
        return study is null ? null : new Study(study);
    }

    /// <summary>The study with its relations (from the loaders' cache when a search primed it), or null when unknown.</summary>
    public static async Task<StudyDetails?> RelationsAsync(string eclaireId, DataLoaderScope loaders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var load = loaders.GetDataLoader<StudyDetailsLoader>().LoadAsync(eclaireId, cancellationToken);

        // Already complete: primed by a search (which primed the rest too) or read earlier in the request.
        var cached = load.IsCompletedSuccessfully;
        var details = await load;
        if (details is not null && !cached)
        {
            EclairePriming.Prime(loaders, details);
        }

        return details;
    }
}
