using System.Text.Json;
using Gateway.Api;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.Tests.Posos.Support;
using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>
/// The snapshots cover the whole schema: walking each snapshot document over the schema alongside its snapshot file,
/// every field of every object type is selected and has a value (not null, not an empty list) in at least one
/// snapshot, so each mapping of the ECLAIRE document (2.4.1 to 6.2) and of the Posos document is exercised; and every
/// value of the enums that carry the document's tables (statuses, recruitment, regulations, identifier systems, contact
/// types) appears in one.
/// </summary>
public sealed class SnapshotCoverageTests
{
    // Fields the snapshots' data never fills, each with its reason (none today: the IG's example study brings the
    // contact affiliation and the party classifier the API itself does not send).
    private static readonly Dictionary<string, string> NeverValued = new(StringComparer.Ordinal);

    // The enums of the document's tables (2.4.1 regulations, 2.4.2 statuses and recruitment, 2.4.4 contact types,
    // 2.4.5 identifier systems): each of their values must show in a snapshot.
    private static readonly string[] TableEnums = ["StudyStatus", "RecruitmentStatus", "Regulation", "ContactType", "IdentifierKind"];

    private static readonly string[] StudySnapshots =
    [
        "study-ctis", "study-jarde", "study-dm", "study-dm-div", "study-ctis-verbatim", "study-dm-verbatim", "study-jarde-verbatim",
        "study-dm-category-1", "study-jarde-suspended", "study-jarde-isrctn",
    ];

    private static readonly (string Document, string[] Snapshots)[] Runs =
    [
        (Documents.StudyWithEverything, StudySnapshots),
        (Documents.StudyFieldsOnly, ["study-ig-example"]),
        (Documents.ReadsById, ["reads-by-id"]),
        (Documents.PageAndNode, ["page-and-node"]),
        (PososDocuments.PatientPage, ["posos-patient-page"]),
        (PososDocuments.EveryField, ["posos-every-field"]),
    ];

    [Fact]
    public void Every_field_of_the_schema_is_in_a_snapshot_and_has_a_value()
    {
        var schema = GatewaySchema.Build();
        var selected = new HashSet<string>(StringComparer.Ordinal);
        var valued = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, snapshots) in Runs)
        {
            var document = GraphQLParser.Parse(text);
            var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
            foreach (var snapshot in snapshots)
            {
                using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Snapshots, snapshot + ".json")));
                Walk(schema, document, operation.SelectionSet, schema.Query, json.RootElement, selected, valued);
            }
        }

        var fields = schema.Types.OfType<ObjectType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => t.Name + "." + f.Name))
            .ToList();
        var notSelected = fields.Where(f => !selected.Contains(f)).ToList();
        var neverValued = fields.Where(f => !valued.Contains(f) && !NeverValued.ContainsKey(f)).ToList();
        var valuedAfterAll = NeverValued.Keys.Where(valued.Contains).ToList();
        Assert.True(notSelected.Count == 0, "Fields no snapshot document selects: " + string.Join(", ", notSelected));
        Assert.True(neverValued.Count == 0, "Fields null or empty in every snapshot: " + string.Join(", ", neverValued));
        Assert.True(valuedAfterAll.Count == 0, "Fields listed as never valued that now have a value: " + string.Join(", ", valuedAfterAll));

        var missingValues = TableEnums
            .SelectMany(name => ((EnumType)schema.GetType(name)!).Values.Select(v => name + "." + v.Name))
            .Where(v => !valued.Contains(v))
            .ToList();
        Assert.True(missingValues.Count == 0, "Values of the document's tables in no snapshot: " + string.Join(", ", missingValues));
    }

    // Records "Enum.VALUE" for each value (or list item) of an enum field.
    private static void AddEnumValues(EnumType type, JsonElement value, HashSet<string> valued)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                AddEnumValues(type, item, valued);
            }
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            valued.Add(type.Name + "." + value.GetString());
        }
    }

    private static void Walk(Schema schema, DocumentNode document, SelectionSetNode selectionSet, NamedType type, JsonElement value, HashSet<string> selected, HashSet<string> valued)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                Walk(schema, document, selectionSet, type, item, selected, valued);
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        // The runtime type of an abstract field is in its __typename, which the documents select.
        var objectType = type as ObjectType ?? (ObjectType)schema.GetType(value.GetProperty("__typename").GetString()!)!;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when !field.Name.Value.StartsWith("__", StringComparison.Ordinal):
                    var definition = objectType.Fields.Find(field.Name.Value)!;
                    var key = objectType.Name + "." + definition.Name;
                    selected.Add(key);
                    var child = value.GetProperty(field.ResponseKey);
                    if (child.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) && !(child.ValueKind == JsonValueKind.Array && child.GetArrayLength() == 0))
                    {
                        valued.Add(key);
                    }

                    if (definition.Type.GetNamedType() is EnumType enumType)
                    {
                        AddEnumValues(enumType, child, valued);
                    }

                    if (field.SelectionSet is { } sub)
                    {
                        Walk(schema, document, sub, definition.Type.GetNamedType(), child, selected, valued);
                    }

                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || inline.TypeCondition.Name.Value == objectType.Name:
                    Walk(schema, document, inline.SelectionSet, objectType, value, selected, valued);
                    break;
                case FragmentSpreadNode spread:
                    var fragment = document.Definitions.OfType<FragmentDefinitionNode>().Single(f => f.Name.Value == spread.Name.Value);
                    if (fragment.TypeCondition.Name.Value == objectType.Name)
                    {
                        Walk(schema, document, fragment.SelectionSet, objectType, value, selected, valued);
                    }

                    break;
            }
        }
    }
}
