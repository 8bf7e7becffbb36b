using System.Text.Json;

namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>
/// Writes the three organizations studies point to (<c>ansm</c>, <c>ctis</c>, <c>eudract</c>), with the
/// narrative of the study they were stored with. Stored key order: id, name, telecom, text, resourceType.
/// </summary>
internal static class OrganizationJson
{
    public static bool Exists(string id) => id is "ansm" or "ctis" or "eudract";

    /// <summary>Writes the organization; <paramref name="writeText"/> writes the <c>text</c> property.</summary>
    public static void Write(Utf8JsonWriter writer, string id, Action<Utf8JsonWriter> writeText, bool resourceTypeFirst)
    {
        var (name, url) = id switch
        {
            "ansm" => ("Agence nationale de sécurité du médicament et des produits de santé", "https://ansm.sante.fr"),
            "ctis" => ("Clinical Trials Information System", "https://euclinicaltrials.eu/"),
            _ => ("European Union Drug Regulating Authorities Clinical Trials Database", "https://eudract.ema.europa.eu/"),
        };
        writer.WriteStartObject();
        if (resourceTypeFirst)
        {
            writer.WriteString("resourceType", "Organization");
        }

        writer.WriteString("id", id);
        writer.WriteString("name", name);
        writer.WriteStartArray("telecom");
        writer.WriteStartObject();
        writer.WriteString("system", "url");
        writer.WriteString("use", "work");
        writer.WriteString("value", url);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writeText(writer);
        if (!resourceTypeFirst)
        {
            writer.WriteString("resourceType", "Organization");
        }

        writer.WriteEndObject();
    }
}
