using System.Text.RegularExpressions;

namespace Gateway.Tests.Support;

/// <summary>
/// The GraphQL documents the snapshot tests run: every field of every ECLAIRE type, through fragments a front end
/// would write. <see cref="SnapshotCoverageTests"/> checks that together they select every field of the schema.
/// </summary>
public static partial class Documents
{
    public const string Fragments = """
        fragment CodingFields on Coding { system code display version }

        fragment StudyFields on Study {
          id eclaireId title
          regulation regulationCode regulationPrecision { ...CodingFields } lowIntervention
          status statusCode statusLabel
          recruitmentStatus recruitmentStatusLabel recruitmentPeriod { start end }
          contacts {
            type typeCode organizationName familyName givenNames affiliation
            address { lines city postalCode country }
            phone email
          }
          identifiers { value kind system use assignerId }
          objective summary description participationDuration participationDurationMonths
          phase { ...CodingFields }
          conditions { conditionId text meddraCode codings { ...CodingFields } }
          therapeuticArea lastUpdated
          countries { ...CodingFields }
          parties { name role classifier }
        }

        fragment GroupFields on Group {
          id eclaireId plannedSize genders
          ageRanges { low high unit label }
          categories recruitmentPopulations { ...CodingFields } vulnerablePopulation
          inclusionCriteria exclusionCriteria primaryEndpoints secondaryEndpoints otherCriteria
        }

        fragment SiteFields on Site {
          id eclaireId index name addressLines street service city postalCode country email phone
          contacts { title familyName givenNames }
        }

        fragment OrganizationFields on Organization {
          id eclaireId name url associations { regulation qualification }
        }

        fragment StatisticsFields on Statistics {
          totalStudies dmStudies dmDivStudies ctisStudies jardeStudies totalToStart
          activeDmStudies activeDmDivStudies activeCtisStudies activeJardeStudies totalActive
          entries { key value }
        }
        """;

    /// <summary>A study with every field, its group, sites and organization.</summary>
    public static string StudyWithEverything { get; } = WithFragments(StudyWithEverythingOperation);

    /// <summary>Group, site and organization read by id, and the statistics.</summary>
    public static string ReadsById { get; } = WithFragments(ReadsByIdOperation);

    /// <summary>A study's own fields only (one read by id): for the IG's example study, whose group and site ECLAIRE does not serve.</summary>
    public static string StudyFieldsOnly { get; } = WithFragments(StudyFieldsOnlyOperation);

    /// <summary>An operation followed by the fragments it uses (directly or through other fragments), and no others.</summary>
    public static string WithFragments(string operation)
    {
        var fragments = FragmentDefinition().Matches(Fragments).ToDictionary(m => m.Groups["name"].Value, m => m.Value, StringComparer.Ordinal);
        var document = operation;
        var added = new HashSet<string>(StringComparer.Ordinal);
        bool more;
        do
        {
            more = false;
            foreach (var (name, text) in fragments)
            {
                if (!added.Contains(name) && document.Contains("..." + name, StringComparison.Ordinal))
                {
                    document += "\n" + text;
                    added.Add(name);
                    more = true;
                }
            }
        }
        while (more);

        return document;
    }

    private const string StudyWithEverythingOperation = """
        query StudyWithEverything($id: ID!) {
          study(id: $id) {
            ...StudyFields
            group { ...GroupFields study { eclaireId } }
            sites { ...SiteFields study { eclaireId } }
            organization { ...OrganizationFields }
          }
        }
        """;

    private const string StudyFieldsOnlyOperation = """
        query StudyFieldsOnly($id: ID!) {
          study(id: $id) { ...StudyFields }
        }
        """;

    private const string ReadsByIdOperation = """
        query ReadsById($group: ID!, $site: ID!) {
          group(id: $group) { ...GroupFields study { eclaireId title } }
          site(id: $site) { ...SiteFields study { eclaireId title } }
          ansm: organization(id: "ansm") { ...OrganizationFields }
          ctis: organization(id: "ctis") { ...OrganizationFields }
          eudract: organization(id: "eudract") { ...OrganizationFields }
          statistics { ...StatisticsFields }
        }
        """;

    /// <summary>A page of studies with the connection's every field, and a node refetch.</summary>
    public const string PageAndNode = """
        query PageAndNode($node: ID!) {
          studies(first: 3, where: { status: ACTIVE }, order: [{ eclaireId: ASC }]) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id eclaireId title } }
            nodes { eclaireId regulation }
          }
          node(id: $node) { __typename id ... on Study { eclaireId title } }
        }
        """;

    [GeneratedRegex(@"fragment (?<name>\w+) on \w+ \{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FragmentDefinition();
}
