using Gateway.GraphQL.Types.CodeFirst;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Registry;

/// <summary>The GraphQL type <c>Statistics</c>: ECLAIRE's global counts (document section 6.2), every key.</summary>
[GraphQLDescription("ECLAIRE's global counts (`GET /api/statistics`; « statistiques globales »), recomputed daily. A count ECLAIRE does not send is null.")]
[CacheControl(InheritMaxAge = true)]
internal sealed class Statistics(Domain.Statistics source)
{
    [GraphQLDescription("`Total_etudes`: all studies, every regulation.")]
    public int? TotalStudies => ToInt(source.TotalStudies);

    [GraphQLDescription("`Investigations_cliniques_(DM)`: clinical investigations of medical devices (REG745).")]
    public int? DmStudies => ToInt(source.DmStudies);

    [GraphQLDescription("`Etudes_performance_(DMDIV)`: performance studies of in vitro diagnostic devices (REG746).")]
    public int? DmDivStudies => ToInt(source.DmDivStudies);

    [GraphQLDescription("`Essais_cliniques_médicament_(CTIS)`: clinical trials of medicinal products (REG536).")]
    public int? CtisStudies => ToInt(source.CtisStudies);

    [GraphQLDescription("`Recherches_impliquant_personnes_humaines_(JARDE)` (the document spells it `RecherchesImpliquantPersonnesHumaines_(JARDE)`): JARDE research.")]
    public int? JardeStudies => ToInt(source.JardeStudies);

    [GraphQLDescription("`Total_Etudes_à_démarrer`: studies to start (status `approved`).")]
    public int? TotalToStart => ToInt(source.TotalToStart);

    [GraphQLDescription("`Etudes_en_cours_DM`: active DM studies.")]
    public int? ActiveDmStudies => ToInt(source.ActiveDmStudies);

    [GraphQLDescription("`Etudes_en_cours_DMDIV`: active DM-DIV studies.")]
    public int? ActiveDmDivStudies => ToInt(source.ActiveDmDivStudies);

    [GraphQLDescription("`Etudes_en_cours_CTIS`: active CTIS studies.")]
    public int? ActiveCtisStudies => ToInt(source.ActiveCtisStudies);

    [GraphQLDescription("`Etudes_en_cours_JARDE`: active JARDE studies.")]
    public int? ActiveJardeStudies => ToInt(source.ActiveJardeStudies);

    [GraphQLDescription("`Total_Etudes_en_cours`: active studies (the sum of the four active counts).")]
    public int? TotalActive => ToInt(source.TotalActive);

    [GraphQLDescription("Every key ECLAIRE sent, in its order, known or not.")]
    public IReadOnlyList<StatisticsEntry> Entries => [.. source.Entries.Select(e => new StatisticsEntry(e.Key, (int)Math.Clamp(e.Value, 0, int.MaxValue)))];

    // Counts are far below 2^31; a larger value would be a broken answer, shown as the largest Int rather than failing.
    private static int? ToInt(long? count) => count is { } value ? (int)Math.Clamp(value, 0, int.MaxValue) : null;
}
