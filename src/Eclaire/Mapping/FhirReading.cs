using System.Globalization;
using Gateway.Eclaire.Fhir;
using DomainCoding = Gateway.Eclaire.Domain.Coding;
using DomainPeriod = Gateway.Eclaire.Domain.Period;
using DomainPostalAddress = Gateway.Eclaire.Domain.PostalAddress;

namespace Gateway.Eclaire.Mapping;

/// <summary>Small tolerant readers shared by the mappers.</summary>
internal static class FhirReading
{
    /// <summary>Compares extension URLs ignoring the scheme (ECLAIRE emits some with http, some with https).</summary>
    public static bool UrlEquals(string? actual, string expected) =>
        actual is not null && string.Equals(WithoutScheme(actual), WithoutScheme(expected), StringComparison.OrdinalIgnoreCase);

    public static Extension? Find(IReadOnlyList<Extension>? extensions, string url)
    {
        if (extensions is null)
        {
            return null;
        }

        foreach (var extension in extensions)
        {
            if (UrlEquals(extension.Url, url))
            {
                return extension;
            }
        }

        return null;
    }

    public static IEnumerable<Extension> FindAll(IReadOnlyList<Extension>? extensions, string url) =>
        extensions is null ? [] : extensions.Where(e => UrlEquals(e.Url, url));

    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static DomainCoding ToDomain(Coding coding) =>
        new(coding.System, coding.Code, coding.Display, coding.Version);

    public static DomainCoding? FirstCoding(CodeableConcept? concept) =>
        concept?.Coding is { Count: > 0 } codings ? ToDomain(codings[0]) : null;

    public static IReadOnlyList<DomainCoding> Codings(CodeableConcept? concept) =>
        concept?.Coding is { } codings ? [.. codings.Select(ToDomain)] : [];

    /// <summary>The id part of a relative reference <c>Type/id</c> (or of an absolute one ending so).</summary>
    public static string? ReferenceId(Reference? reference, string resourceType)
    {
        var value = reference?.ReferenceValue;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var prefix = resourceType + "/";
        var at = value.LastIndexOf(prefix, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && value[at - 1] != '/'))
        {
            return null;
        }

        var id = value[(at + prefix.Length)..];
        return id.Length == 0 || id.Contains('/', StringComparison.Ordinal) ? null : id;
    }

    /// <summary>Parses a FHIR instant or dateTime; a bare date reads as midnight UTC.</summary>
    public static DateTimeOffset? ParseInstant(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(
            value,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var parsed)
            ? parsed
            : null;
    }

    /// <summary>The day of a FHIR date or dateTime, as written (no time-zone shift of the calendar day).</summary>
    public static DateOnly? ParseDay(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    public static DomainPeriod? ToDomain(Period? period)
    {
        if (period is null)
        {
            return null;
        }

        var start = ParseDay(period.Start);
        var end = ParseDay(period.End);
        return start is null && end is null ? null : new DomainPeriod(start, end);
    }

    public static DomainPostalAddress? ToDomain(Address? address) =>
        address is null
            ? null
            : new DomainPostalAddress(
                address.Line is { } lines ? [.. lines] : [],
                NullIfBlank(address.City),
                NullIfBlank(address.PostalCode),
                NullIfBlank(address.Country));

    public static string? FirstTelecom(IReadOnlyList<ContactPoint>? telecom, string system) =>
        telecom?.FirstOrDefault(t => t.System == system && !string.IsNullOrWhiteSpace(t.Value))?.Value?.Trim();

    private static string WithoutScheme(string url)
    {
        var separator = url.IndexOf("://", StringComparison.Ordinal);
        return separator < 0 ? url : url[(separator + 3)..];
    }
}
