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

    /// <summary>Receives one indexed value: its field path (empty when paths are not asked for) and its text (valid only during the call).</summary>
    public delegate void ValueHandler(string path, ReadOnlySpan<char> text);

    /// <summary>The indexed values of a study with their field paths.</summary>
    public static List<FieldValue> Collect(StudyDocuments documents)
    {
        var values = new List<FieldValue>(256);
        ForEachValue(documents, withPaths: true, (path, text) => values.Add(new FieldValue(path, new string(text))));
        return values;
    }

    /// <summary>Calls <paramref name="handler"/> with every indexed value of a study, without allocating a string per value.</summary>
    public static void ForEachValue(StudyDocuments documents, bool withPaths, ValueHandler handler)
    {
        if (documents.Narrative is { } narrative)
        {
            // A generated study's narrative is indexed from the string itself rather than written out and read back.
            Walk(JsonText.Write(w => documents.WriteStudy(w, resourceTypeFirst: false, narrative: false)), string.Empty, skipNarrative: false, withPaths, handler);
            handler(withPaths ? "text.div" : string.Empty, narrative);
            handler(withPaths ? "text.status" : string.Empty, "extensions");
        }
        else
        {
            Walk(JsonText.Write(w => documents.WriteStudy(w, resourceTypeFirst: false)), string.Empty, skipNarrative: false, withPaths, handler);
        }

        if (documents.HasGroup)
        {
            Walk(JsonText.Write(w => documents.WriteGroup(w, resourceTypeFirst: false, narrative: false)), "referenceContents.enrollmentGroup", skipNarrative: true, withPaths, handler);
        }

        for (var i = 0; i < documents.LocationCount; i++)
        {
            var index = i;
            Walk(JsonText.Write(w => documents.WriteLocation(w, index, resourceTypeFirst: false, narrative: false)), "referenceContents.locations", skipNarrative: true, withPaths, handler);
        }

        for (var i = 0; i < documents.OrganizationCount; i++)
        {
            var index = i;
            Walk(JsonText.Write(w => documents.WriteOrganization(w, index, resourceTypeFirst: false, narrative: false)), "referenceContents.organizations", skipNarrative: true, withPaths, handler);
        }
    }

    private static void Walk(byte[] json, string prefix, bool skipNarrative, bool withPaths, ValueHandler handler)
    {
        var reader = new Utf8JsonReader(json);
        var depth = 0;
        var paths = new Stack<string>();
        paths.Push(prefix);
        string? pendingName = null;
        var containers = new Stack<bool>();
        var buffer = ArrayPool<char>.Shared.Rent(1024);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = withPaths || depth == 1 ? reader.GetString() : string.Empty;
                        if (depth == 1 && ShouldSkip(prefix, pendingName!, skipNarrative))
                        {
                            reader.Read();
                            reader.TrySkip();
                            pendingName = null;
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        depth++;
                        containers.Push(pendingName is not null);
                        if (pendingName is not null)
                        {
                            paths.Push(withPaths ? Join(paths.Peek(), pendingName) : string.Empty);
                            pendingName = null;
                        }

                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        depth--;
                        if (containers.Count > 0 && containers.Pop())
                        {
                            paths.Pop();
                        }

                        break;
                    case JsonTokenType.String:
                    case JsonTokenType.Number:
                        var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                        if (buffer.Length < length)
                        {
                            ArrayPool<char>.Shared.Return(buffer);
                            buffer = ArrayPool<char>.Shared.Rent(length);
                        }

                        var written = reader.TokenType == JsonTokenType.String
                            ? reader.CopyString(buffer)
                            : Encoding.UTF8.GetChars(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan, buffer);
                        handler(withPaths ? Join(paths.Peek(), pendingName) : string.Empty, buffer.AsSpan(0, written));
                        pendingName = null;
                        break;
                    case JsonTokenType.True:
                    case JsonTokenType.False:
                        handler(withPaths ? Join(paths.Peek(), pendingName) : string.Empty, reader.GetBoolean() ? "true" : "false");
                        pendingName = null;
                        break;
                    default:
                        pendingName = null;
                        break;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool ShouldSkip(string prefix, string name, bool skipNarrative) =>
        (prefix.Length == 0 && NestedRoots.Contains(name)) || (skipNarrative && name == "text");

    private static string Join(string path, string? name) =>
        string.IsNullOrEmpty(name) ? path : path.Length == 0 ? name : path + "." + name;

    /// <summary>The date of <c>meta.lastUpdated</c> a query term names, when it is one (<c>yyyy-MM-dd</c>).</summary>
    public static bool TryParseDay(string text, out DateTimeOffset day)
    {
        var ok = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed);
        day = ok ? new DateTimeOffset(parsed, TimeSpan.Zero) : default;
        return ok;
    }
}
