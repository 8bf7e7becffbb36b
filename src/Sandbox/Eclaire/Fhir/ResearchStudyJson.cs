using System.Globalization;
using System.Text.Json;
using Gateway.Sandbox.Eclaire.Data;

namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>
/// Writes a generated study as the API stores it: the ETL model's key order (category, condition,
/// contact, description, enrollment, extension, id, identifier, location, meta, phase,
/// primaryPurposeType, site, title, text, resourceType, status), or with <c>resourceType</c> first as a
/// Bundle entry shows it.
/// </summary>
internal static class ResearchStudyJson
{
    public static void Write(Utf8JsonWriter writer, StudyContent content, string? div, EclaireVocabulary vocabulary, bool resourceTypeFirst)
    {
        var record = content.Record;
        var id = record.Id;
        writer.WriteStartObject();
        if (resourceTypeFirst)
        {
            writer.WriteString("resourceType", "ResearchStudy");
        }

        writer.WriteStartArray("category");
        FhirJson.CodeableConcept(writer, vocabulary.RegulationCodeSystem, RegulationCodes.Code(record.Regulation));
        FhirJson.CodeableConcept(writer, vocabulary.ReglementationPrecision, content.PrecisionCode);
        writer.WriteEndArray();

        if (content.DiseaseText is not null || content.Meddra.Count > 0)
        {
            writer.WriteStartArray("condition");
            if (content.DiseaseText is not null)
            {
                writer.WriteStartObject();
                writer.WriteString("id", "disease-condition-" + id);
                writer.WriteString("text", content.DiseaseText);
                writer.WriteEndObject();
            }

            foreach (var term in content.Meddra)
            {
                writer.WriteStartObject();
                writer.WriteString("id", "meddra-condition-" + id + "-" + term.Code);
                writer.WriteStartArray("coding");
                FhirJson.Coding(writer, term.Code, term.Label, EclaireUrls.Meddra, EclaireUrls.MeddraVersion);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("contact");
        ScientificContact(writer, content, vocabulary);
        if (content.PublicContact is { } publicContact)
        {
            PublicContact(writer, publicContact, vocabulary);
        }

        writer.WriteEndArray();

        if (content.ParticipationMonths is { } months)
        {
            writer.WriteString("description", "La durée de participation est de: " + months.ToString(CultureInfo.InvariantCulture) + " mois");
        }

        writer.WriteStartArray("enrollment");
        FhirJson.Reference(writer, "Reference to group detailing study characteristics", "Group/" + id + "-enrollment-group", "Group");
        writer.WriteEndArray();

        Extensions(writer, content, vocabulary);

        writer.WriteString("id", id);
        Identifiers(writer, content);

        if (content.Countries.Count > 0)
        {
            writer.WriteStartArray("location");
            foreach (var country in content.Countries)
            {
                FhirJson.CodeableConcept(writer, vocabulary.Countries, country);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("meta");
        writer.WriteString("lastUpdated", FhirJson.Instant(DateOnly.FromDateTime(record.LastUpdated!.Value.UtcDateTime)));
        writer.WriteStartArray("profile");
        writer.WriteStringValue(EclaireUrls.Profile);
        writer.WriteEndArray();
        writer.WriteEndObject();

        if (content.PhaseCode is { } phase)
        {
            writer.WritePropertyName("phase");
            FhirJson.CodeableConcept(writer, vocabulary.PhaseSource, phase);
        }

        if (content.Objectives is { } objectives)
        {
            writer.WriteStartObject("primaryPurposeType");
            writer.WriteStartArray("coding");
            FhirJson.Coding(writer, "primary", "Primary", EclaireUrls.ObjectiveType, "0.1.0");
            writer.WriteEndArray();
            writer.WriteString("text", objectives);
            writer.WriteEndObject();
        }

        if (content.Sites.Count > 0)
        {
            writer.WriteStartArray("site");
            for (var i = 0; i < content.Sites.Count; i++)
            {
                FhirJson.Reference(writer, "Reference to site", "Location/" + LocationJson.Id(id, i), "Location");
            }

            writer.WriteEndArray();
        }

        writer.WriteString("title", content.Title);
        FhirJson.Narrative(writer, div);
        if (!resourceTypeFirst)
        {
            writer.WriteString("resourceType", "ResearchStudy");
        }

        writer.WriteString("status", record.Status);
        writer.WriteEndObject();
    }

    private static void ScientificContact(Utf8JsonWriter writer, StudyContent content, EclaireVocabulary vocabulary)
    {
        var contact = content.ScientificContact;
        var sponsor = content.Sponsor;
        writer.WriteStartObject();
        writer.WriteString("name", sponsor.Name);
        writer.WriteStartArray("extension");
        ContactName(writer, contact);

        // The API writes the sponsor's country as city and its city as country (a known quirk of the ETL).
        writer.WriteStartObject();
        writer.WriteString("url", EclaireUrls.ContactAddress);
        writer.WriteStartObject("valueAddress");
        writer.WriteString("city", sponsor.Country);
        writer.WriteString("country", sponsor.City);
        writer.WriteStartArray("line");
        writer.WriteStringValue(sponsor.Address);
        writer.WriteEndArray();
        writer.WriteString("postalCode", sponsor.PostalCode);
        writer.WriteString("type", "physical");
        writer.WriteString("use", "work");
        writer.WriteEndObject();
        writer.WriteEndObject();

        ContactType(writer, vocabulary, "SCI");
        writer.WriteEndArray();
        Telecom(writer, contact);
        writer.WriteEndObject();
    }

    private static void PublicContact(Utf8JsonWriter writer, PersonContact contact, EclaireVocabulary vocabulary)
    {
        writer.WriteStartObject();
        writer.WriteString("name", "Public");
        writer.WriteStartArray("extension");
        ContactName(writer, contact);
        ContactType(writer, vocabulary, "PUB");
        writer.WriteEndArray();
        Telecom(writer, contact);
        writer.WriteEndObject();
    }

    private static void ContactName(Utf8JsonWriter writer, PersonContact contact)
    {
        writer.WriteStartObject();
        writer.WriteString("url", EclaireUrls.ContactName);
        writer.WritePropertyName("valueHumanName");
        FhirJson.HumanName(writer, contact.Family, contact.Given, prefix: null);
        writer.WriteEndObject();
    }

    private static void ContactType(Utf8JsonWriter writer, EclaireVocabulary vocabulary, string code)
    {
        writer.WriteStartObject();
        writer.WriteString("url", EclaireUrls.ContactType);
        writer.WritePropertyName("valueCodeableConcept");
        FhirJson.CodeableConcept(writer, vocabulary.ContactType, code);
        writer.WriteEndObject();
    }

    private static void Telecom(Utf8JsonWriter writer, PersonContact contact)
    {
        writer.WriteStartArray("telecom");
        FhirJson.ContactPoint(writer, "phone", contact.Phone);
        FhirJson.ContactPoint(writer, "email", contact.Email);
        writer.WriteEndArray();
    }

    private static void Extensions(Utf8JsonWriter writer, StudyContent content, EclaireVocabulary vocabulary)
    {
        writer.WriteStartArray("extension");
        writer.WriteStartObject();
        writer.WriteString("url", EclaireUrls.TherapeuticArea);
        writer.WriteString("valueString", content.TherapeuticArea);
        writer.WriteEndObject();

        if (content.RecruitmentStart is not null || content.RecruitmentEnd is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("url", EclaireUrls.RecruitmentPeriod);
            writer.WriteStartObject("valuePeriod");
            if (content.RecruitmentStart is { } start)
            {
                writer.WriteString("start", FhirJson.Instant(start));
            }

            if (content.RecruitmentEnd is { } end)
            {
                writer.WriteString("end", FhirJson.Date(end));
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteStartObject();
        writer.WriteStartArray("extension");
        writer.WriteStartObject();
        writer.WriteString("url", "name");
        writer.WriteString("valueString", content.Sponsor.Name);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("url", "role");
        writer.WritePropertyName("valueCodeableConcept");
        FhirJson.CodeableConcept(writer, vocabulary.PartyRole, "lead-sponsor");
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("url", "party");
        writer.WritePropertyName("valueReference");
        FhirJson.Reference(writer, "Reference to primary sponsor", "Organization/" + content.Record.Id + "-primary-sponsor", "Organization");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("url", EclaireUrls.AssociatedParty);
        writer.WriteEndObject();

        if (StudyTexts.RecruitmentCode(content.RecruitmentStatusSource) is { } recruitment)
        {
            writer.WriteStartObject();
            writer.WriteString("url", EclaireUrls.RecruitmentStatus);
            writer.WritePropertyName("valueCodeableConcept");
            FhirJson.CodeableConcept(writer, vocabulary.RecruitmentStatus, recruitment);
            writer.WriteEndObject();
        }

        if (content.Summary is { } summary)
        {
            writer.WriteStartObject();
            writer.WriteString("url", EclaireUrls.DescriptionSummary);
            writer.WriteString("valueMarkdown", summary);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Identifiers(Utf8JsonWriter writer, StudyContent content)
    {
        var organization = "Organization/" + content.Record.OrganizationId;
        writer.WriteStartArray("identifier");
        writer.WriteStartObject();
        writer.WritePropertyName("assigner");
        FhirJson.Reference(writer, "Reference to primary assigner", organization, "Organization");
        writer.WriteString("use", "official");
        writer.WriteString("value", content.Record.Id);
        writer.WriteEndObject();
        foreach (var identifier in content.Identifiers)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("assigner");
            FhirJson.Reference(writer, "Reference to secondary assigner", organization, "Organization");
            writer.WriteString("system", identifier.System);
            writer.WriteString("use", identifier.Use);
            writer.WriteString("value", identifier.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
