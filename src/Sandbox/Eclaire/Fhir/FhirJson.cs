using System.Globalization;
using System.Text.Json;
using Gateway.Sandbox.Eclaire.Data;

namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>Small writers for the FHIR data types the API emits, with its key order (code, display, system, version...).</summary>
internal static class FhirJson
{
    public static void Coding(Utf8JsonWriter writer, string code, string display, string system, string version)
    {
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteString("display", display);
        writer.WriteString("system", system);
        writer.WriteString("version", version);
        writer.WriteEndObject();
    }

    public static void Coding(Utf8JsonWriter writer, CodeSystemDisplays codeSystem, string code) =>
        Coding(writer, code, codeSystem.Display(code), codeSystem.Url, codeSystem.Version);

    /// <summary><c>{"coding":[{...}]}</c> with one coding.</summary>
    public static void CodeableConcept(Utf8JsonWriter writer, CodeSystemDisplays codeSystem, string code)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("coding");
        Coding(writer, codeSystem, code);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Reference(Utf8JsonWriter writer, string display, string reference, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("display", display);
        writer.WriteString("reference", reference);
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    public static void ContactPoint(Utf8JsonWriter writer, string system, string? value)
    {
        writer.WriteStartObject();
        writer.WriteString("system", system);
        writer.WriteString("use", "work");
        if (value is not null)
        {
            writer.WriteString("value", value);
        }

        writer.WriteEndObject();
    }

    /// <summary><c>{"family":..,"given":[..],"prefix":[..],"use":"official"}</c>, leaving out what is absent.</summary>
    public static void HumanName(Utf8JsonWriter writer, string? family, string? given, string? prefix)
    {
        writer.WriteStartObject();
        if (family is not null)
        {
            writer.WriteString("family", family);
        }

        writer.WriteStartArray("given");
        if (given is not null)
        {
            writer.WriteStringValue(given);
        }

        writer.WriteEndArray();
        if (prefix is not null)
        {
            writer.WriteStartArray("prefix");
            writer.WriteStringValue(prefix);
            writer.WriteEndArray();
        }

        writer.WriteString("use", "official");
        writer.WriteEndObject();
    }

    /// <summary>A date as the API writes an instant: <c>2022-06-30T00:00:00.000Z</c>.</summary>
    public static string Instant(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000Z";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The narrative every resource carries: the source record before FHIR modelling (nothing when <paramref name="div"/> is null).</summary>
    public static void Narrative(Utf8JsonWriter writer, string? div)
    {
        if (div is null)
        {
            return;
        }

        writer.WriteStartObject("text");
        writer.WriteString("div", div);
        writer.WriteString("status", "extensions");
        writer.WriteEndObject();
    }
}
