using System.Globalization;
using Gateway.Eclaire.Domain;
using Gateway.Eclaire.Fhir;
using static Gateway.Eclaire.Mapping.FhirReading;

namespace Gateway.Eclaire.Mapping;

/// <summary>
/// Maps an ECLAIRE <c>Location</c> to a <see cref="Site"/> (document section 4): name, address lines, street
/// (<c>line[0]</c>), service (<c>line[1]</c>), city, postal code, country, email and phone, and the investigators named
/// by <c>eclaire-site-contact-name</c> on <c>telecom</c> entries.
/// </summary>
public static class SiteMapper
{
    private const string SiteIdSuffix = "-site";

    /// <summary>Maps one site.</summary>
    public static Site Map(Location location)
    {
        ArgumentNullException.ThrowIfNull(location);

        var id = NullIfBlank(location.Id) ?? string.Empty;
        var (studyId, index) = ParseSiteId(id);
        var lines = location.Address?.Line is { } all ? [.. all] : Array.Empty<string>();
        var contacts = new List<SiteContact>();
        foreach (var telecom in location.Telecom ?? [])
        {
            foreach (var extension in FindAll(telecom.Extension, EclaireUris.SiteContactName))
            {
                if (extension.ValueHumanName is { } name)
                {
                    contacts.Add(new SiteContact(
                        NullIfBlank(name.Prefix is { Count: > 0 } prefixes ? string.Join(' ', prefixes) : null),
                        NullIfBlank(name.Family),
                        name.Given is { } given ? [.. given.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim())] : []));
                }
            }
        }

        return new Site
        {
            Id = id,
            StudyId = studyId,
            Index = index,
            Name = NullIfBlank(location.Name),
            AddressLines = lines,
            Street = lines.Length > 0 ? NullIfBlank(lines[0]) : null,
            Service = lines.Length > 1 ? NullIfBlank(lines[1]) : null,
            City = NullIfBlank(location.Address?.City),
            PostalCode = NullIfBlank(location.Address?.PostalCode),
            Country = NullIfBlank(location.Address?.Country),
            Email = FirstTelecom(location.Telecom, "email"),
            Phone = FirstTelecom(location.Telecom, "phone"),
            Contacts = contacts,
        };
    }

    /// <summary>Reads <c>&lt;study&gt;-&lt;i&gt;-site</c> into the study id and the index.</summary>
    public static (string? StudyId, int? Index) ParseSiteId(string? siteId)
    {
        if (siteId is null || !siteId.EndsWith(SiteIdSuffix, StringComparison.Ordinal))
        {
            return (null, null);
        }

        var body = siteId[..^SiteIdSuffix.Length];
        var dash = body.LastIndexOf('-');
        if (dash <= 0
            || !int.TryParse(body.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return (null, null);
        }

        return (body[..dash], index);
    }
}
