using Gateway.GraphQL.Types;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// Every type and field of the Posos API document (<c>../shared/seeds/003_987e586f8c1a2d10.txt</c>, listed here) is in
/// the published SDL, <c>schema/schema.graphql</c>, under its own name or the one given (Posos's <c>Coding</c> is
/// <c>PososCoding</c>, its <c>Patient</c> object <c>PatientCriteria</c>, <c>getContraindications</c>
/// <c>contraindications</c>); and every type and field of the Posos schema the gateway forwards to (the sandbox's
/// <c>posos.graphql</c>) has its mirror.
/// </summary>
public sealed class SeedSchemaTests
{
    // The document's tables: (its name, the schema's name, its fields), attributes in the document's order.
    private static readonly (string Seed, string Schema, string[] Fields)[] SeedTypes =
    [
        ("AlertResult", "AlertResult", ["designation", "type", "condition", "patient", "warnings", "drug", "comment", "source"]),
        ("Drug", "Drug", ["clinicalDrug", "brandedDrug", "packagedDrug"]),
        ("CodingWithInn", "CodingWithInn", ["code", "label", "terminology", "inn"]),
        ("Warning", "Warning", ["risk", "guidelines", "modifiers"]),
        ("Source", "Source", ["url", "author"]),
        ("Condition", "Condition", ["designation", "associatedConditions", "modifiers", "codings"]),
        ("Coding (Condition.codings)", "PososCoding", ["code", "label", "terminology"]),
        ("AssociatedCondition (Condition.associatedConditions)", "AssociatedCondition", ["designation", "modifiers", "codings"]),
        ("Patient", "PatientCriteria", ["gender", "ageGroups", "concurrentTreatments", "continuousCriteria"]),
        ("Treatment", "Treatment", ["ingredients", "procedures", "therapeuticClasses"]),
        ("Continuous Criterion", "ContinuousCriterion", ["type", "unit", "min", "max"]),
        ("DrugInput", "DrugInput", ["clinicalDrug", "brandedDrug", "packagedDrug"]),
        ("PatientInput (variable patient)", "PatientInput", ["ageGroups", "birthDate", "concurrentTreatments", "conditions", "sex", "continuousCriteria"]),
        ("ContinuousCriterionInput", "ContinuousCriterionInput", ["type", "unit", "min", "max", "value"]),
        ("ConcurrentTreatments", "TreatmentInput", ["ingredients", "procedures", "therapeuticClasses"]),
        ("ConditionInput (the example's conditions)", "ConditionInput", ["coding"]),
    ];

    private static readonly (string Seed, string Schema, string[] Values)[] SeedEnums =
    [
        ("AlertType", "AlertType", ["ABSOLUTE_CONTRAINDICATION", "RELATIVE_CONTRAINDICATION", "PRECAUTION", "WARNING"]),
        ("Gender", "Gender", ["M", "F"]),
        ("AgeGroup", "AgeGroup", ["NEWBORN", "SENIOR", "CHILD", "ADOLESCENT", "PREMATURE", "INFANT", "ADULT"]),
    ];

    // Posos's names → the schema's, where they differ.
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["Coding"] = "PososCoding",
        ["getContraindications"] = "contraindications",
        ["getInteractions"] = "interactions",
        ["snomedInferrence"] = "snomedInference",
    };

    private static Schema Published { get; } = SchemaBuilder.Build(File.ReadAllText(RepositoryPaths.SchemaFile));

    [Fact]
    public void Every_type_and_field_of_the_posos_document_is_in_the_published_sdl()
    {
        var missing = new List<string>();
        foreach (var (seed, name, fields) in SeedTypes)
        {
            var names = Published.GetType(name) switch
            {
                ObjectType type => type.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal),
                InputObjectType input => input.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal),
                _ => null,
            };
            missing.AddRange(names is null ? [$"{seed} (as {name})"] : fields.Where(f => !names.Contains(f)).Select(f => $"{seed}.{f}"));
        }

        foreach (var (seed, name, values) in SeedEnums)
        {
            var type = Published.GetType(name) as EnumType;
            missing.AddRange(type is null ? [seed] : values.Where(v => !type.Values.Contains(v)).Select(v => $"{seed}.{v}"));
        }

        var contraindications = Published.Query.Fields.Find("contraindications");
        missing.AddRange(new[] { "drugs", "patient", "types", "snomedInference" }
            .Where(a => contraindications?.Arguments.Contains(a) != true)
            .Select(a => "getContraindications(" + a + ")"));
        Assert.True(missing.Count == 0, "Missing from schema/schema.graphql: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_type_and_field_of_the_forwarded_posos_schema_has_its_mirror()
    {
        var posos = SchemaBuilder.Build(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Sandbox", "Data", "Posos", "posos.graphql")));
        var missing = new List<string>();
        foreach (var type in posos.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarType))
        {
            var mirror = Published.GetType(type.Name == "Query" ? "Query" : Name(type.Name));
            switch (type)
            {
                case ObjectType objectType when mirror is ObjectType mirrored:
                    foreach (var field in objectType.Fields)
                    {
                        var ours = mirrored.Fields.Find(Name(field.Name));
                        if (ours is null)
                        {
                            missing.Add($"{type.Name}.{field.Name}");
                            continue;
                        }

                        missing.AddRange(field.Arguments.Where(a => !ours.Arguments.Contains(Name(a.Name))).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                    }

                    break;
                case InputObjectType input when mirror is InputObjectType mirrored:
                    // ConditionInput also takes `code`/`terminology` at the sandbox: the gateway sends the documented `coding` form.
                    missing.AddRange(input.Fields
                        .Where(f => !mirrored.Fields.Contains(f.Name) && !(type.Name == "ConditionInput" && f.Name is "code" or "terminology"))
                        .Select(f => $"{type.Name}.{f.Name}"));
                    break;
                case EnumType enumType when mirror is EnumType mirrored:
                    missing.AddRange(enumType.Values.Where(v => !mirrored.Values.Contains(v.Name)).Select(v => $"{type.Name}.{v.Name}"));
                    break;
                default:
                    missing.Add(type.Name);
                    break;
            }
        }

        Assert.True(missing.Count == 0, "Posos has, the schema lacks: " + string.Join(", ", missing));
    }

    private static string Name(string posos) => Renamed.GetValueOrDefault(posos, posos);
}
