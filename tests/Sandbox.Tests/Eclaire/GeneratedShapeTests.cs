using System.Text.Json.Nodes;
using Gateway.Sandbox.Eclaire;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.Tests.Eclaire;

/// <summary>
/// Every generated resource fits the shapes of the real API's resources: its key paths and value kinds
/// are among those of the resources in ../shared/eclaire/api-test-snapshots/ (read here, as in the
/// fidelity suite), plus the fields the API's technical document shows in production and the snapshots'
/// fake data leaves out (description, primaryPurposeType, descriptionSummary, recruitment end date).
/// </summary>
public sealed class GeneratedShapeTests(SmallDataSetFixture fixture) : IClassFixture<SmallDataSetFixture>
{
    private static readonly string[] DocumentedExtras =
    [
        "description:string",
        "primaryPurposeType:object",
        "primaryPurposeType.coding:array",
        "primaryPurposeType.coding[]:object",
        "primaryPurposeType.coding[].code:string",
        "primaryPurposeType.coding[].display:string",
        "primaryPurposeType.coding[].system:string",
        "primaryPurposeType.coding[].version:string",
        "primaryPurposeType.text:string",
        "extension[].valueMarkdown:string",
        "extension[].valuePeriod.end:string",
        "identifier[].system:string",
        "characteristic[].code.coding[].display:string",
    ];

    private readonly HttpClient _client = fixture.Host.Client;
    private readonly EclaireSandbox _sandbox = fixture.Host.Services.GetRequiredService<EclaireSandbox>();

    [Fact]
    public async Task Generated_resources_have_the_real_shapes()
    {
        var allowed = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var include = Json.Parse(SharedData.Snapshot("BundleWithInclude.snap.json"));
        foreach (var entry in include["entry"]!.AsArray())
        {
            Add(allowed, entry!["resource"]!);
        }

        foreach (var name in new[] { "ResearchStudy.snap.json", "FindGroup.snap.json", "FindLocation.snap.json", "FindOrganization.snap.json" })
        {
            Add(allowed, Json.Parse(SharedData.Snapshot(name)));
        }

        var seen = 0;
        foreach (var record in _sandbox.DataSet.Studies.Where(s => s.Verbatim is null).Take(60))
        {
            var bundle = Json.Parse((await Json.GetAsync(_client, "/R4/ResearchStudy?_include=*&identifier=" + record.Id)).Body);
            foreach (var entry in bundle["entry"]!.AsArray())
            {
                var resource = entry!["resource"]!;
                var type = resource["resourceType"]!.GetValue<string>();
                var extra = Json.Shape(resource).Except(allowed[type]).Except(DocumentedExtras).ToList();
                Assert.True(extra.Count == 0, type + " " + record.Id + " has unexpected fields: " + string.Join(", ", extra));
                seen++;
            }
        }

        Assert.True(seen > 100);
    }

    [Fact]
    public async Task Generated_studies_keep_the_model_key_order()
    {
        string[] order = ["resourceType", "category", "condition", "contact", "description", "enrollment", "extension", "id", "identifier", "location", "meta", "phase", "primaryPurposeType", "site", "title", "text", "status"];
        var bundle = Json.Parse((await Json.GetAsync(_client, "/R4/ResearchStudy?_count=50")).Body);
        foreach (var entry in bundle["entry"]!.AsArray())
        {
            var keys = Json.Keys(entry!["resource"]);
            Assert.Equal(order.Where(keys.Contains), keys);
        }
    }

    private static void Add(Dictionary<string, SortedSet<string>> allowed, JsonNode resource)
    {
        var type = resource["resourceType"]!.GetValue<string>();
        if (!allowed.TryGetValue(type, out var shape))
        {
            shape = new SortedSet<string>(StringComparer.Ordinal);
            allowed[type] = shape;
        }

        shape.UnionWith(Json.Shape(resource));
    }
}
