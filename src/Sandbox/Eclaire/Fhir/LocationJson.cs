using System.Globalization;
using System.Text.Json;
using Gateway.Sandbox.Eclaire.Data;

namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>
/// Writes the investigator sites of a generated study (<c>&lt;id&gt;-&lt;i&gt;-site</c>, i from 0): name,
/// address with the department in <c>line[1]</c>, e-mail, phone and the investigator's name. Stored key
/// order: id, address, identifier, name, telecom, text, resourceType.
/// </summary>
internal static class LocationJson
{
    public static string Id(string studyId, int index) => studyId + "-" + index.ToString(CultureInfo.InvariantCulture) + "-site";

    public static void Write(Utf8JsonWriter writer, StudyContent content, int index, string? div, bool resourceTypeFirst)
    {
        var site = content.Sites[index];
        var id = Id(content.Record.Id, index);
        writer.WriteStartObject();
        if (resourceTypeFirst)
        {
            writer.WriteString("resourceType", "Location");
        }

        writer.WriteString("id", id);
        writer.WriteStartObject("address");
        writer.WriteString("city", site.City);
        writer.WriteString("country", "FR");
        writer.WriteStartArray("line");
        writer.WriteStringValue(site.Address);
        writer.WriteStringValue(site.Service);
        writer.WriteEndArray();
        writer.WriteString("postalCode", site.PostalCode);
        writer.WriteString("type", "physical");
        writer.WriteString("use", "work");
        writer.WriteEndObject();

        writer.WriteStartArray("identifier");
        writer.WriteStartObject();
        writer.WriteString("use", "official");
        writer.WriteString("value", id);
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteString("name", site.Organization);
        writer.WriteStartArray("telecom");
        if (site.Email is not null)
        {
            FhirJson.ContactPoint(writer, "email", site.Email);
        }

        if (site.Phone is not null)
        {
            FhirJson.ContactPoint(writer, "phone", site.Phone);
        }

        writer.WriteStartObject();
        writer.WriteStartArray("extension");
        writer.WriteStartObject();
        writer.WriteString("url", EclaireUrls.SiteContactName);
        writer.WritePropertyName("valueHumanName");
        FhirJson.HumanName(writer, site.InvestigatorFamily, site.InvestigatorGiven, site.InvestigatorTitle);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("system", "other");
        writer.WriteString("use", "work");
        writer.WriteEndObject();
        writer.WriteEndArray();

        FhirJson.Narrative(writer, div);
        if (!resourceTypeFirst)
        {
            writer.WriteString("resourceType", "Location");
        }

        writer.WriteEndObject();
    }
}
