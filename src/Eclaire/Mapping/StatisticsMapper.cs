using System.Globalization;
using System.Text.Json;
using Gateway.Eclaire.Domain;
using Gateway.Upstream;

namespace Gateway.Eclaire.Mapping;

/// <summary>
/// Maps the JSON object of <c>GET /api/statistics</c> (document 6.2, API_BEHAVIOR 7) to <see cref="Statistics"/>,
/// keeping every key in the order sent. The JARDE key is read in both spellings seen: the API's
/// <c>Recherches_impliquant_personnes_humaines_(JARDE)</c> and the document's <c>RecherchesImpliquantPersonnesHumaines_(JARDE)</c>.
/// </summary>
public static class StatisticsMapper
{
    /// <summary>Maps the statistics object.</summary>
    /// <exception cref="JsonException">The root is not an object.</exception>
    public static Statistics Map(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The statistics response is not a JSON object.");
        }

        var entries = new List<StatisticsEntry>();
        foreach (var property in root.EnumerateObject())
        {
            if (ReadCount(property.Value) is { } value)
            {
                entries.Add(new StatisticsEntry(JsonStrings.ReadName(property), value));
            }
        }

        long? Get(params string[] keys)
        {
            foreach (var entry in entries)
            {
                if (Array.IndexOf(keys, entry.Key) >= 0)
                {
                    return entry.Value;
                }
            }

            return null;
        }

        return new Statistics
        {
            TotalStudies = Get("Total_etudes"),
            DmStudies = Get("Investigations_cliniques_(DM)"),
            DmDivStudies = Get("Etudes_performance_(DMDIV)"),
            CtisStudies = Get("Essais_cliniques_médicament_(CTIS)"),
            JardeStudies = Get("Recherches_impliquant_personnes_humaines_(JARDE)", "RecherchesImpliquantPersonnesHumaines_(JARDE)"),
            TotalToStart = Get("Total_Etudes_à_démarrer"),
            ActiveDmStudies = Get("Etudes_en_cours_DM"),
            ActiveDmDivStudies = Get("Etudes_en_cours_DMDIV"),
            ActiveCtisStudies = Get("Etudes_en_cours_CTIS"),
            ActiveJardeStudies = Get("Etudes_en_cours_JARDE"),
            TotalActive = Get("Total_Etudes_en_cours"),
            Entries = entries,
        };
    }

    private static long? ReadCount(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.String when long.TryParse(JsonStrings.Read(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
