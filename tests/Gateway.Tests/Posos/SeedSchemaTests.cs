using Gateway.GraphQL.Types;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// Every type and field of the Posos API document (<c>../shared/seeds/003_987e586f8c1a2d10.txt</c>, listed here) is in
/// the published SDL, <c>schema/schema.graphql</c>, under its own name or the one given (Posos's <c>Coding</c> is
/// <c>PososCoding</c>, its <c>Patient</c> object <c>PatientCriteria</c>, <c>getContraindications</c>
/// <c>contraindications</c>), each renaming told in the description of the schema's element; every Posos type, field,
/// argument, input field and enum value of the schema has a description; and every type and field of the Posos schema
/// the gateway forwards to (the sandbox's <c>posos.graphql</c>) has its mirror.
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
        ("CodingInput (the example's clinicalDrug and coding)", "CodingInput", ["code", "terminology"]),
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

    // Where the schema's name or form differs from the document's (or, for ConditionInput, from the flat form of
    // ../shared/posos/schema_reconstructed.graphql), the description of the schema's element names Posos's:
    // (the element, as Type, Type.field or Type.field(argument), Posos's name or form).
    private static readonly (string Element, string Posos)[] Renamings =
    [
        ("Query.contraindications", "getContraindications"),
        ("Query.contraindications(snomedInference)", "snomedInferrence"),
        ("Query.interactions", "getInteractions"),
        ("PososCoding", "Coding"),
        ("PatientCriteria", "Patient"),
        ("TreatmentInput", "ConcurrentTreatments"),
        ("AlertResult.drug", "drugs"),
        ("ConditionInput", "{ code, terminology }"),
    ];

    // The schema's Posos part: the document's types, the interactions' and the suggestions'.
    private static readonly string[] PososTypes =
    [
        .. SeedTypes.Select(t => t.Schema), .. SeedEnums.Select(e => e.Schema),
        "InteractionResult", "InteractionType", "Suggestion", "Date",
    ];

    private static readonly string[] PososRootFields = ["contraindications", "interactions", "drugSuggestions", "conditionSuggestions"];

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
        if (Published.GetType("Date") is not ScalarType)
        {
            missing.Add("Date (patient.birthDate)");
        }

        if (Published.GetType("DrugInput") is not InputObjectType { IsOneOf: true })
        {
            missing.Add("DrugInput as a OneOf input (one of clinicalDrug, brandedDrug, packagedDrug)");
        }

        Assert.True(missing.Count == 0, "Missing from schema/schema.graphql: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_renaming_is_told_in_the_description_of_the_schema_s_element()
    {
        var untold = Renamings
            .Where(r => Description(r.Element)?.Contains("`" + r.Posos + "`", StringComparison.Ordinal) != true)
            .Select(r => $"{r.Element} (Posos `{r.Posos}`)")
            .ToList();

        Assert.True(untold.Count == 0, "Renamed without saying so in the description: " + string.Join(", ", untold));
    }

    [Fact]
    public void Every_posos_type_field_argument_input_field_and_enum_value_has_a_description()
    {
        var undescribed = new List<string>();
        void Check(string element, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                undescribed.Add(element);
            }
        }

        void CheckField(string owner, FieldDefinition field)
        {
            Check($"{owner}.{field.Name}", field.Description);
            foreach (var argument in field.Arguments)
            {
                Check($"{owner}.{field.Name}({argument.Name})", argument.Description);
            }
        }

        foreach (var name in PososTypes)
        {
            var type = Published.GetType(name);
            Check(name, type?.Description);
            switch (type)
            {
                case ObjectType objectType:
                    foreach (var field in objectType.Fields)
                    {
                        CheckField(name, field);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Check($"{name}.{field.Name}", field.Description);
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        Check($"{name}.{value.Name}", value.Description);
                    }

                    break;
            }
        }

        foreach (var field in PososRootFields)
        {
            CheckField("Query", Published.Query.Fields[field]);
        }

        CheckField("Study", ((ObjectType)Published.GetType("Study")!).Fields["eligibility"]);
        Assert.True(undescribed.Count == 0, "Without a description: " + string.Join(", ", undescribed));
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

    // The description of `Type`, `Type.field` or `Type.field(argument)`.
    private static string? Description(string element)
    {
        var parts = element.Split('.', 2);
        var type = Published.GetType(parts[0]);
        if (parts.Length == 1)
        {
            return type?.Description;
        }

        var argument = parts[1].Split('(', 2);
        var field = (type as ObjectType)?.Fields.Find(argument[0]);
        return argument.Length == 1 ? field?.Description : field?.Arguments.Find(argument[1].TrimEnd(')'))?.Description;
    }
}
