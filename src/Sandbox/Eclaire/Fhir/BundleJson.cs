using System.Text.Json;
using Gateway.Sandbox.Eclaire.Data;

namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>
/// Writes a searchset Bundle as the API does (BundleModel.ts): keys resourceType, entry, link, total,
/// type; entries <c>{fullUrl, resource}</c> with <c>resourceType</c> first; with <c>_include=*</c>, after
/// the studies, each study's Group, Locations and Organization, duplicates removed keeping the last.
/// </summary>
internal static class BundleJson
{
    public static void Write(
        Utf8JsonWriter writer,
        EclaireDataSet dataSet,
        IReadOnlyList<StudyRecord> page,
        bool include,
        IReadOnlyList<(string Relation, string Url)> links,
        int total,
        string baseUrl)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "Bundle");
        writer.WriteStartArray("entry");
        var documents = page.Select(dataSet.Documents).ToList();
        foreach (var study in documents)
        {
            Entry(writer, baseUrl + "R4/ResearchStudy/" + study.Record.Id, w => study.WriteStudy(w, resourceTypeFirst: true));
        }

        if (include)
        {
            var included = new List<(string Type, string Id, Action<Utf8JsonWriter> Write)>();
            foreach (var study in documents)
            {
                if (study.HasGroup)
                {
                    included.Add(("Group", GroupId(study), w => study.WriteGroup(w, resourceTypeFirst: true)));
                }

                for (var i = 0; i < study.LocationCount; i++)
                {
                    var index = i;
                    included.Add(("Location", LocationJson.Id(study.Record.Id, index), w => study.WriteLocation(w, index, resourceTypeFirst: true)));
                }

                for (var i = 0; i < study.OrganizationCount; i++)
                {
                    var index = i;
                    included.Add(("Organization", study.OrganizationId(index), w => study.WriteOrganization(w, index, resourceTypeFirst: true)));
                }
            }

            var last = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < included.Count; i++)
            {
                last[included[i].Id] = i;
            }

            for (var i = 0; i < included.Count; i++)
            {
                var (type, id, write) = included[i];
                if (last[id] == i)
                {
                    Entry(writer, baseUrl + "R4/" + type + "/" + id, write);
                }
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("link");
        foreach (var (relation, url) in links)
        {
            writer.WriteStartObject();
            writer.WriteString("relation", relation);
            writer.WriteString("url", url);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("total", total);
        writer.WriteString("type", "searchset");
        writer.WriteEndObject();
    }

    private static string GroupId(StudyDocuments study) =>
        study.Record.Verbatim?.Group is { } group ? JsonReorder.Id(group) ?? GroupJson.Id(study.Record.Id) : GroupJson.Id(study.Record.Id);

    private static void Entry(Utf8JsonWriter writer, string fullUrl, Action<Utf8JsonWriter> writeResource)
    {
        writer.WriteStartObject();
        writer.WriteString("fullUrl", fullUrl);
        writer.WritePropertyName("resource");
        writeResource(writer);
        writer.WriteEndObject();
    }
}
