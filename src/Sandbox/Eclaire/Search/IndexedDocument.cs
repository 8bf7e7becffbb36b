using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Gateway.Sandbox.Common;
using Gateway.Sandbox.Eclaire.Fhir;

namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>
/// The values OpenSearch indexes for one study: every string, number and boolean of the stored
/// ResearchStudy and of its <c>referenceContents</c> (Group, Locations, Organizations), except the nested
/// objects (<c>category</c>, <c>condition</c>, <c>phase</c>), which plain queries do not reach, and the
/// narratives of the referenced resources (copies of the study's own).
/// </summary>
internal static class IndexedDocument
{
    private static readonly HashSet<string> NestedRoots = new(StringComparer.Ordinal) { "category", "condition", "phase" };

    public static List<FieldValue> Collect(StudyDocuments documents)
    {
        var values = new List<FieldValue>(256);
        Walk(JsonText.Write(w => documents.WriteStudy(w, resourceTypeFirst: false)), string.Empty, skipNarrative: false, values);
        if (documents.HasGroup)
        {
            Walk(JsonText.Write(w => documents.WriteGroup(w, resourceTypeFirst: false, narrative: false)), "referenceContents.enrollmentGroup", skipNarrative: true, values);
        }

        for (var i = 0; i < documents.LocationCount; i++)
        {
            var index = i;
            Walk(JsonText.Write(w => documents.WriteLocation(w, index, resourceTypeFirst: false, narrative: false)), "referenceContents.locations", skipNarrative: true, values);
        }

        for (var i = 0; i < documents.OrganizationCount; i++)
        {
            var index = i;
            Walk(JsonText.Write(w => documents.WriteOrganization(w, index, resourceTypeFirst: false, narrative: false)), "referenceContents.organizations", skipNarrative: true, values);
        }

        return values;
    }

    private static void Walk(byte[] json, string prefix, bool skipNarrative, List<FieldValue> values)
    {
        var reader = new Utf8JsonReader(json);
        var path = new List<string>();
        if (prefix.Length > 0)
        {
            path.Add(prefix);
        }

        var baseDepth = path.Count;
        var joined = new Stack<string>();
        joined.Push(prefix);
        string? pendingName = null;
        var containers = new Stack<bool>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    if (ShouldSkip(path, baseDepth, pendingName!, skipNarrative))
                    {
                        reader.Read();
                        reader.TrySkip();
                        pendingName = null;
                    }

                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    containers.Push(pendingName is not null);
                    if (pendingName is not null)
                    {
                        path.Add(pendingName);
                        joined.Push(joined.Peek().Length == 0 ? pendingName : joined.Peek() + "." + pendingName);
                        pendingName = null;
                    }

                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (containers.Count > 0 && containers.Pop())
                    {
                        path.RemoveAt(path.Count - 1);
                        joined.Pop();
                    }

                    break;
                case JsonTokenType.String:
                    Add(values, joined.Peek(), pendingName, reader.GetString()!);
                    pendingName = null;
                    break;
                case JsonTokenType.Number:
                    Add(values, joined.Peek(), pendingName, Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan));
                    pendingName = null;
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    Add(values, joined.Peek(), pendingName, reader.GetBoolean() ? "true" : "false");
                    pendingName = null;
                    break;
                default:
                    pendingName = null;
                    break;
            }
        }
    }

    private static bool ShouldSkip(List<string> path, int baseDepth, string name, bool skipNarrative) =>
        (path.Count == baseDepth && baseDepth == 0 && NestedRoots.Contains(name))
        || (skipNarrative && path.Count == baseDepth && name == "text");

    private static void Add(List<FieldValue> values, string path, string? name, string text)
    {
        var full = name is null ? path : path.Length == 0 ? name : path + "." + name;
        values.Add(new FieldValue(full, text));
    }

    /// <summary>The date of <c>meta.lastUpdated</c> a query term names, when it is one (<c>yyyy-MM-dd</c>).</summary>
    public static bool TryParseDay(string text, out DateTimeOffset day)
    {
        var ok = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed);
        day = ok ? new DateTimeOffset(parsed, TimeSpan.Zero) : default;
        return ok;
    }
}
