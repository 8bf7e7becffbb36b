using System.Text.Json;

namespace Gateway.LoadTest;

/// <summary>
/// The mix a front end sends: the search page (cards with group, sites and organization, filters and paging), the
/// study page (one study with everything), a quick header, the statistics banner with the first page, and a node refetch.
/// Ids come from a pool read from the gateway before the run.
/// </summary>
internal static class Scenarios
{
    private static readonly string[] Texts = ["cancer", "diabète", "sommeil", "Parkinson", "insuffisance cardiaque", "asthme", "douleur", "vaccin"];
    private static readonly string[] Statuses = ["ACTIVE", "APPROVED", "COMPLETED"];

    private const string SearchPage = """
        query SearchPage($where: StudyFilter, $after: String) {
          studies(first: 20, where: $where, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id eclaireId title status recruitmentStatus therapeuticArea
              group { plannedSize genders ageRanges { label } }
              sites { name city }
              organization { name } } }
          }
        }
        """;

    private const string StudyPage = """
        query StudyPage($id: ID!) {
          study(id: $id) {
            id eclaireId title summary objective status statusLabel recruitmentStatus recruitmentPeriod { start end }
            phase { display } conditions { text meddraCode } therapeuticArea lastUpdated
            identifiers { value kind } contacts { type familyName givenNames email phone }
            group { plannedSize genders ageRanges { label } inclusionCriteria exclusionCriteria primaryEndpoints }
            sites { name street service city contacts { title familyName } }
            organization { name url }
          }
        }
        """;

    private const string StudyHeader = "query Header($id: ID!) { study(id: $id) { id title status statusLabel lastUpdated } }";

    private const string Dashboard = """
        query Dashboard {
          statistics { totalStudies totalActive totalToStart ctisStudies jardeStudies dmStudies dmDivStudies }
          studies(first: 10, order: [{ lastUpdated: DESC }]) { nodes { id title status } }
        }
        """;

    private const string NodeRefetch = "query Refetch($id: ID!) { node(id: $id) { id ... on Study { title status } } }";

    public const string IdPool = "query Pool($after: String) { studies(first: 100, after: $after) { pageInfo { endCursor } nodes { id eclaireId } } }";

    public static IReadOnlyList<Scenario> Mix(IReadOnlyList<(string Id, string EclaireId)> pool) =>
    [
        new("search page (filters, relations)", 35, n => Body(SearchPage, new
        {
            where = (n % 3) switch
            {
                0 => (object)new { text = Texts[n % Texts.Length] },
                1 => new { status = Statuses[n % Statuses.Length] },
                _ => new { text = Texts[n % Texts.Length], status = "ACTIVE" },
            },
            after = n % 4 == 3 ? Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("offset:" + (19 + 20 * (n % 5)))) : null,
        })),
        new("study page (everything)", 30, n => Body(StudyPage, new { id = pool[n % pool.Count].EclaireId })),
        new("study header", 15, n => Body(StudyHeader, new { id = pool[(n * 7) % pool.Count].EclaireId })),
        new("statistics + latest", 10, _ => Body(Dashboard, null)),
        new("node refetch", 10, n => Body(NodeRefetch, new { id = pool[(n * 13) % pool.Count].Id })),
    ];

    public static string Body(string query, object? variables) => JsonSerializer.Serialize(new { query, variables });
}
