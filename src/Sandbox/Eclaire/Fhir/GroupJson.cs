using System.Text.Json;
using Gateway.Sandbox.Eclaire.Data;

namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>
/// Writes the enrollment Group of a generated study (<c>&lt;id&gt;-enrollment-group</c>): gender, age
/// bands, subject group, study populations, eligibility criteria and endpoints as <c>characteristic</c>s,
/// planned size as <c>quantity</c>. Stored key order: actual, characteristic, id, quantity, type, text, resourceType.
/// </summary>
internal static class GroupJson
{
    public static string Id(string studyId) => studyId + "-enrollment-group";

    public static void Write(Utf8JsonWriter writer, StudyContent content, string? div, EclaireVocabulary vocabulary, bool resourceTypeFirst)
    {
        writer.WriteStartObject();
        if (resourceTypeFirst)
        {
            writer.WriteString("resourceType", "Group");
        }

        writer.WriteBoolean("actual", true);
        writer.WriteStartArray("characteristic");

        Start(writer, vocabulary, "grp-gender");
        writer.WriteStartObject("valueCodeableConcept");
        writer.WriteStartArray("coding");
        foreach (var sex in content.Sexes)
        {
            FhirJson.Coding(writer, vocabulary.AdministrativeGender, sex switch
            {
                "Male" => "male",
                "Female" => "female",
                _ => "unknown",
            });
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        foreach (var range in content.AgeRanges)
        {
            Start(writer, vocabulary, "grp-age");
            writer.WriteStartObject("valueRange");
            var (low, high) = range switch
            {
                "0-17 years" => (0, 17),
                "18-64 years" => (18, 64),
                _ => (65, (int?)null),
            };
            if (high is { } value)
            {
                Quantity(writer, "high", value);
            }

            Quantity(writer, "low", low);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        if (content.SubjectGroup is { } subjectGroup)
        {
            Start(writer, vocabulary, "grp-category");
            DisplayOnly(writer, subjectGroup);
            writer.WriteEndObject();
        }

        if (content.RecruitmentPopulations.Count > 0)
        {
            Start(writer, vocabulary, "grp-studypop");
            writer.WriteStartObject("valueCodeableConcept");
            writer.WriteStartArray("coding");
            foreach (var code in content.RecruitmentPopulations)
            {
                FhirJson.Coding(writer, vocabulary.StudyPopulation, code);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteString("description", "recruitment_population");
            writer.WriteEndObject();
        }

        if (content.VulnerablePopulationsExcluded is { } excluded)
        {
            Start(writer, vocabulary, "grp-studypop");
            writer.WriteBoolean("exclude", excluded);
            writer.WritePropertyName("valueCodeableConcept");
            FhirJson.CodeableConcept(writer, vocabulary.StudyPopulation, "other");
            writer.WriteString("description", "vulnerable_population");
            writer.WriteEndObject();
        }

        Criteria(writer, vocabulary, content.Eligibility, "eligibility-criteria");
        Criteria(writer, vocabulary, content.Endpoints, "judgement-criteria");
        writer.WriteEndArray();

        writer.WriteString("id", Id(content.Record.Id));
        if (content.Size is { } size)
        {
            writer.WriteNumber("quantity", size);
        }

        writer.WriteString("type", "person");
        FhirJson.Narrative(writer, div);
        if (!resourceTypeFirst)
        {
            writer.WriteString("resourceType", "Group");
        }

        writer.WriteEndObject();
    }

    private static void Start(Utf8JsonWriter writer, EclaireVocabulary vocabulary, string kind)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("code");
        FhirJson.CodeableConcept(writer, vocabulary.GroupCharacteristicKind, kind);
    }

    private static void Criteria(Utf8JsonWriter writer, EclaireVocabulary vocabulary, IReadOnlyList<Criterion> criteria, string description)
    {
        foreach (var criterion in criteria)
        {
            Start(writer, vocabulary, "grp-other");
            writer.WriteBoolean("exclude", criterion.Exclude);
            DisplayOnly(writer, criterion.Text);
            writer.WriteString("description", description);
            writer.WriteEndObject();
        }
    }

    private static void DisplayOnly(Utf8JsonWriter writer, string display)
    {
        writer.WriteStartObject("valueCodeableConcept");
        writer.WriteStartArray("coding");
        writer.WriteStartObject();
        writer.WriteString("display", display);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter writer, string name, int value)
    {
        writer.WriteStartObject(name);
        writer.WriteString("unit", "years");
        writer.WriteNumber("value", value);
        writer.WriteEndObject();
    }
}
