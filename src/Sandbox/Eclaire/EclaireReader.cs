using System.Text.RegularExpressions;
using Gateway.Sandbox.Common;
using Gateway.Sandbox.Eclaire.Data;
using Gateway.Sandbox.Eclaire.Fhir;

namespace Gateway.Sandbox.Eclaire;

/// <summary>The read-by-id routes: ResearchStudy, Group, Location, Organization (stored documents, as is).</summary>
internal sealed partial class EclaireReader(EclaireDataSet dataSet)
{
    public EclaireResponse ReadStudy(string id)
    {
        if (dataSet.Find(id) is not { } record)
        {
            return EclaireErrors.NotFound($"Research study with id '{id}' not found", "No research study found");
        }

        return Ok(w => dataSet.Documents(record).WriteStudy(w, resourceTypeFirst: false));
    }

    public EclaireResponse ReadGroup(string id)
    {
        const string suffix = "-enrollment-group";
        if (id.EndsWith(suffix, StringComparison.Ordinal) && dataSet.Find(id[..^suffix.Length]) is { } record)
        {
            var documents = dataSet.Documents(record);
            if (documents.HasGroup)
            {
                return Ok(w => documents.WriteGroup(w, resourceTypeFirst: false));
            }
        }

        return EclaireErrors.NotFound("Enrollment group not found", "No enrollment group found");
    }

    public EclaireResponse ReadLocation(string id)
    {
        var match = SiteId().Match(id);
        if (match.Success && dataSet.Find(match.Groups["study"].Value) is { } record
            && int.TryParse(match.Groups["index"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < record.SiteCount && LocationJson.Id(record.Id, index) == id)
        {
            return Ok(w => dataSet.Documents(record).WriteLocation(w, index, resourceTypeFirst: false));
        }

        return EclaireErrors.NotFound("No location found", "No location found");
    }

    public EclaireResponse ReadOrganization(string id)
    {
        if (OrganizationJson.Exists(id) && dataSet.FirstWithOrganization(id) is { } record)
        {
            var documents = dataSet.Documents(record);
            for (var i = 0; i < documents.OrganizationCount; i++)
            {
                if (documents.OrganizationId(i) == id)
                {
                    var index = i;
                    return Ok(w => documents.WriteOrganization(w, index, resourceTypeFirst: false));
                }
            }
        }

        return EclaireErrors.NotFound("No organization found", "No organization found");
    }

    public EclaireResponse Statistics() => new(200, EclaireResponse.Json, JsonText.Write(dataSet.Statistics.WriteTo));

    private static EclaireResponse Ok(Action<System.Text.Json.Utf8JsonWriter> write) => new(200, EclaireResponse.FhirJson, JsonText.Write(write));

    [GeneratedRegex(@"^(?<study>.+)-(?<index>[0-9]+)-site$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SiteId();
}
