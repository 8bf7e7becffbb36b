using System.Text.Json;
using Gateway.Sandbox.Eclaire.Data;

namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>
/// The documents of one study, materialized for one request: the ResearchStudy, its Group, Locations and
/// Organization, written either as stored (GET by id) or with <c>resourceType</c> first (Bundle entries).
/// Generated content is produced once here and shared by all of them.
/// </summary>
internal sealed class StudyDocuments
{
    private readonly StudyRecord _record;
    private readonly StudyContent? _content;
    private readonly string? _div;
    private readonly EclaireVocabulary _vocabulary;

    public StudyDocuments(StudyRecord record, StudyGenerator generator)
    {
        _record = record;
        _vocabulary = generator.Vocabulary;
        if (record.Verbatim is null)
        {
            _content = generator.Generate(record);
            _div = SourceRecordText.Build(_content, _vocabulary);
        }
    }

    public StudyRecord Record => _record;

    /// <summary>The narrative (<c>text.div</c>) of a generated study (null for verbatim studies).</summary>
    public string? Narrative => _div;

    public bool HasGroup => _record.Verbatim is { } verbatim ? verbatim.Group is not null : true;

    public int LocationCount => _record.Verbatim?.Locations.Count ?? _content!.Sites.Count;

    /// <summary>The organizations stored with the study (its assigner), in order.</summary>
    public int OrganizationCount => _record.Verbatim?.Organizations.Count ?? 1;

    public void WriteStudy(Utf8JsonWriter writer, bool resourceTypeFirst, bool narrative = true)
    {
        if (_record.Verbatim is { } verbatim)
        {
            WriteStored(writer, verbatim.Study, resourceTypeFirst);
            return;
        }

        ResearchStudyJson.Write(writer, _content!, narrative ? _div : null, _vocabulary, resourceTypeFirst);
    }

    /// <param name="narrative">False leaves <c>text</c> out of generated resources (for indexing: it repeats the study's).</param>
    public void WriteGroup(Utf8JsonWriter writer, bool resourceTypeFirst, bool narrative = true)
    {
        if (_record.Verbatim is { } verbatim)
        {
            WriteStored(writer, verbatim.Group!, resourceTypeFirst);
            return;
        }

        GroupJson.Write(writer, _content!, narrative ? _div : null, _vocabulary, resourceTypeFirst);
    }

    public void WriteLocation(Utf8JsonWriter writer, int index, bool resourceTypeFirst, bool narrative = true)
    {
        if (_record.Verbatim is { } verbatim)
        {
            WriteStored(writer, verbatim.Locations[index], resourceTypeFirst);
            return;
        }

        LocationJson.Write(writer, _content!, index, narrative ? _div : null, resourceTypeFirst);
    }

    public string OrganizationId(int index) =>
        _record.Verbatim is { } verbatim ? JsonReorder.Id(verbatim.Organizations[index]) ?? string.Empty : _record.OrganizationId;

    public void WriteOrganization(Utf8JsonWriter writer, int index, bool resourceTypeFirst, bool narrative = true)
    {
        if (_record.Verbatim is { } verbatim)
        {
            WriteStored(writer, verbatim.Organizations[index], resourceTypeFirst);
            return;
        }

        OrganizationJson.Write(writer, _record.OrganizationId, w => FhirJson.Narrative(w, narrative ? _div : null), resourceTypeFirst);
    }

    private static void WriteStored(Utf8JsonWriter writer, byte[] stored, bool resourceTypeFirst)
    {
        if (resourceTypeFirst)
        {
            JsonReorder.WriteResourceTypeFirst(writer, stored);
        }
        else
        {
            writer.WriteRawValue(stored, skipInputValidation: true);
        }
    }
}
