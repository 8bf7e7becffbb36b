using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Sandbox.Common;
using Gateway.Sandbox.Eclaire.Fhir;

namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// Loads the studies kept verbatim: the two studies of the API's own e2e index (BundleWithInclude, with
/// their Group and Location), the DM and JARDE studies of its factory snapshots, and the two IG examples.
/// </summary>
internal static class VerbatimStudyLoader
{
    /// <summary>The two studies the API's e2e tests index (total 2), in index order.</summary>
    public static List<(string Id, VerbatimStudy Study)> LoadE2eIndex()
    {
        var bundle = JsonNode.Parse(EmbeddedData.ReadBytes("Eclaire/Snapshots/BundleWithInclude.snap.json"))!.AsObject();
        var resources = bundle["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject()).ToList();
        var studies = new List<(string, VerbatimStudy)>();
        foreach (var study in resources.Where(r => Type(r) == "ResearchStudy"))
        {
            var id = (string)study["id"]!;
            var group = resources.FirstOrDefault(r => Type(r) == "Group" && (string?)r["id"] == id + "-enrollment-group");
            var locations = new List<byte[]>();
            for (var i = 0; resources.FirstOrDefault(r => Type(r) == "Location" && (string?)r["id"] == Site(id, i)) is { } location; i++)
            {
                locations.Add(ToStored(location));
            }

            var organization = OrganizationDocument(study);
            studies.Add((id, new VerbatimStudy(ToStored(study), group is null ? null : ToStored(group), locations, [organization])));
        }

        return studies;
    }

    /// <summary>The studies kept verbatim in the generated data sets, in index order.</summary>
    public static List<(string Id, VerbatimStudy Study)> LoadAll()
    {
        var studies = LoadE2eIndex();
        foreach (var file in new[] { "ResearchStudyFactoryDM.snap.json", "ResearchStudyFactoryJARDE.snap.json" })
        {
            var document = JsonNode.Parse(EmbeddedData.ReadBytes("Eclaire/Snapshots/" + file))!.AsObject();
            var references = document["referenceContents"]!.AsObject();
            document.Remove("referenceContents");
            document.Remove("originalContentsToEnhance");
            var group = references["enrollmentGroup"]?.AsObject();
            var locations = references["locations"]?.AsArray().Select(l => Serialize(l!)).ToList() ?? [];
            var organizations = references["organizations"]?.AsArray().Select(o => Serialize(o!)).ToList() ?? [];
            studies.Add(((string)document["id"]!, new VerbatimStudy(Serialize(document), group is null ? null : Serialize(group), locations, organizations)));
        }

        foreach (var file in new[] { "ResearchStudy-2022-500014-26-00-example.json", "ResearchStudy-fake-study-example.json" })
        {
            var bytes = EmbeddedData.ReadBytes("Eclaire/IgExamples/" + file);
            using var document = JsonDocument.Parse(bytes);
            var compact = Serialize(JsonNode.Parse(bytes)!);
            studies.Add((document.RootElement.GetProperty("id").GetString()!, new VerbatimStudy(compact, null, [], [])));
        }

        return studies;
    }

    /// <summary>The compact record of a verbatim study, read from its documents.</summary>
    public static StudyRecord ToRecord(int index, string id, VerbatimStudy study)
    {
        using var document = JsonDocument.Parse(study.Study);
        var root = document.RootElement;
        var regulation = Regulation.Jarde;
        string? regulationCode = null;
        if (root.TryGetProperty("category", out var categories))
        {
            foreach (var coding in categories.EnumerateArray().SelectMany(c => c.GetProperty("coding").EnumerateArray()))
            {
                if (coding.TryGetProperty("system", out var system) && system.GetString() == RegulationCodes.RegulationSystem)
                {
                    regulationCode = coding.GetProperty("code").GetString();
                    regulation = RegulationCodes.FromCode(regulationCode);
                }
            }
        }

        DateTimeOffset? lastUpdated = null;
        if (root.TryGetProperty("meta", out var meta) && meta.TryGetProperty("lastUpdated", out var updated))
        {
            lastUpdated = DateTimeOffset.Parse(updated.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        var organization = regulation == Regulation.Ctis ? "ctis" : "ansm";
        if (root.TryGetProperty("identifier", out var identifiers))
        {
            foreach (var identifier in identifiers.EnumerateArray())
            {
                if (identifier.TryGetProperty("use", out var use) && use.GetString() == "official"
                    && identifier.TryGetProperty("assigner", out var assigner)
                    && assigner.TryGetProperty("reference", out var reference)
                    && reference.GetString() is { } value && value.StartsWith("Organization/", StringComparison.Ordinal))
                {
                    organization = value["Organization/".Length..];
                }
            }
        }

        return new StudyRecord
        {
            Index = index,
            Id = id,
            Regulation = regulation,
            RegulationCode = regulationCode,
            Status = root.GetProperty("status").GetString()!,
            LastUpdated = lastUpdated,
            OrganizationId = organization,
            SiteCount = study.Locations.Count,
            Verbatim = study,
        };
    }

    /// <summary>
    /// The organization the e2e index stores with a study: the study's assigner organization with the
    /// study's own narrative (as GET /R4/Organization/ctis shows in the API's FindOrganization snapshot).
    /// </summary>
    private static byte[] OrganizationDocument(JsonObject study)
    {
        var reference = (string)study["identifier"]![0]!["assigner"]!["reference"]!;
        var text = study["text"]!;
        return JsonText.Write(writer => OrganizationJson.Write(
            writer,
            reference["Organization/".Length..],
            w =>
            {
                w.WritePropertyName("text");
                text.WriteTo(w);
            },
            resourceTypeFirst: false));
    }

    private static string Site(string id, int index) => id + "-" + index.ToString(CultureInfo.InvariantCulture) + "-site";

    private static string? Type(JsonObject resource) => (string?)resource["resourceType"];

    /// <summary>
    /// The stored form of a resource taken from a Bundle entry: the entry puts <c>resourceType</c> first,
    /// the stored document has it before <c>status</c> (ResearchStudy) or last (the others).
    /// </summary>
    private static byte[] ToStored(JsonObject entryResource)
    {
        var stored = new JsonObject();
        var type = entryResource["resourceType"]!.DeepClone();
        foreach (var (name, value) in entryResource)
        {
            if (name == "resourceType")
            {
                continue;
            }

            if (name == "status" && (string?)type == "ResearchStudy")
            {
                stored["resourceType"] = type.DeepClone();
            }

            stored[name] = value?.DeepClone();
        }

        if (!stored.ContainsKey("resourceType"))
        {
            stored["resourceType"] = type;
        }

        return Serialize(stored);
    }

    private static byte[] Serialize(JsonNode node) => JsonText.Serialize(node);
}
