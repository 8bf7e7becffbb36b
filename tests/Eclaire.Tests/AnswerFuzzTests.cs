using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Eclaire.Tests.Support;

namespace Gateway.Eclaire.Tests;

/// <summary>
/// ECLAIRE answering its own resources with any member changed (seeded): a value of another JSON kind, a number past
/// double's range, a string escaping half a surrogate pair, a member or array item removed or doubled. Every read must
/// give a value or an <see cref="EclaireException"/> (which the gateway turns into a coded error), never another
/// exception (which the gateway can only answer INTERNAL_SERVER_ERROR).
/// </summary>
public sealed class AnswerFuzzTests
{
    private const int Seed = 20_240_603;
    private const int MutantsPerFixture = 40;

    private static readonly string[] Replacements =
    [
        "null", "0", "-1", "1e400", "\"\"", "\"x\"", "\"\\ud800\"", "true", "[]", "{}", "[null]", "[1]", "{\"a\":null}", "\"2024-13-45T99:99:99Z\"",
        "\"Organization/\"", "\"Group\"", "\"ResearchStudy/\"", "12345678901234567890",
    ];

    public static TheoryData<string> Resources { get; } =
    [
        "BundleWithAllStudies.snap.json", "BundleWithInclude.snap.json", "FindGroup.snap.json", "FindLocation.snap.json", "FindOrganization.snap.json",
        "ResearchStudy.snap.json", "ResearchStudy-2022-500014-26-00-example.json", "ResearchStudyFactoryDM.snap.json", "ResearchStudyFactoryJARDE.snap.json",
        "production_fragments_group.json", "production_fragments_location.json", "production_fragments_study.json",
        "statistics_2026-04_from_doc_technique.json", "synthetic_dmdiv_study.json",
    ];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_resource_with_any_member_changed_reads_or_is_unavailable(string fixture)
    {
        var random = new Random(Seed + fixture.Length);
        var failures = new List<string>();
        for (var i = 0; i < MutantsPerFixture; i++)
        {
            var root = JsonNode.Parse(Fixtures.Text(fixture))!;
            var change = Mutate(root, random);
            var body = root.ToJsonString();
            using var test = TestClient.Answering(_ => EclaireResponses.Json(body));
            try
            {
                await ReadAsync(test.Client, fixture);
            }
            catch (EclaireException)
            {
                // A coded upstream error for the gateway.
            }
#pragma warning disable CA1031 // Any other exception is the failure this test looks for.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"#{i} {change}: {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace?.Split('\n').FirstOrDefault()}"));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {MutantsPerFixture} changes of {fixture} failed otherwise than with an EclaireException:\n" + string.Join("\n", failures));
    }

    private static Task ReadAsync(IEclaireClient client, string fixture) => fixture switch
    {
        _ when fixture.StartsWith("Bundle", StringComparison.Ordinal) => client.SearchStudiesAsync(new StudySearch { IncludeRelated = true }, CancellationToken.None),
        _ when fixture.Contains("Group", StringComparison.OrdinalIgnoreCase) => client.GetGroupAsync("x-enrollment-group", CancellationToken.None),
        _ when fixture.Contains("Location", StringComparison.OrdinalIgnoreCase) => client.GetSiteAsync("x-0-site", CancellationToken.None),
        _ when fixture.Contains("Organization", StringComparison.OrdinalIgnoreCase) => client.GetOrganizationAsync("ctis", CancellationToken.None),
        _ when fixture.StartsWith("statistics", StringComparison.Ordinal) => client.GetStatisticsAsync(CancellationToken.None),
        _ => client.GetStudyAsync("x", CancellationToken.None),
    };

    // One change at a random place of the tree; says what it did.
    private static string Mutate(JsonNode root, Random random)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        var parent = target.Parent;
        if (parent is null)
        {
            return "nothing";
        }

        var path = target.GetPath();
        switch (random.Next(6))
        {
            case 0 when parent is JsonObject owner:
                owner.Remove(target.GetPropertyName());
                return "removed " + path;
            case 1 when parent is JsonArray array:
                array.Add(target.DeepClone());
                return "doubled " + path;
            default:
                var replacement = Replacements[random.Next(Replacements.Length)];
                var value = JsonNode.Parse(replacement.Replace("\\ud800", "\\\\ud800", StringComparison.Ordinal));
                if (replacement.Contains("\\ud800", StringComparison.Ordinal))
                {
                    value = JsonValue.Create("\ud800");
                }

                if (parent is JsonObject obj)
                {
                    obj[target.GetPropertyName()] = value;
                }
                else if (parent is JsonArray list)
                {
                    list[target.GetElementIndex()] = value;
                }

                return $"{path} = {replacement}";
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, nodes);
                }

                break;
        }
    }
}
