using System.Globalization;
using System.Text;
using Gateway.GraphQL.Types;

namespace Gateway.Tests.Robustness;

/// <summary>
/// Generates operations from the real schema (schema/schema.graphql): root fields with their arguments, selections
/// walked through the output types (inline fragments on <c>Node</c>), argument values drawn from <see cref="FuzzPools"/>
/// by where they go (a cursor for <c>after</c>, a birth date for <c>PatientInput.birthDate</c>, a SNOMED CT code under a
/// condition...), at times passed as variables, at times of the wrong type, null, or with a @oneOf input given no
/// member or two. Every draw comes from one seeded <see cref="Random"/>.
/// </summary>
public sealed class SchemaFuzzer(Schema schema, FuzzPools pools, Random random)
{
    private static readonly (string Field, int Weight)[] RootWeights =
    [
        ("contraindications", 4), ("interactions", 2), ("studies", 4), ("study", 2), ("node", 2), ("group", 1), ("site", 1),
        ("organization", 1), ("statistics", 1), ("drugSuggestions", 2), ("conditionSuggestions", 1),
    ];

    private readonly List<(string Name, string Type, FuzzValue Value)> _variables = [];
    private readonly List<string> _sensitive = [];

    /// <summary>One operation over one to three root fields (<paramref name="only"/>: those root fields alone).</summary>
    public GeneratedOperation Next(IReadOnlyList<string>? only = null)
    {
        _variables.Clear();
        _sensitive.Clear();
        var count = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        var selections = new List<string>();
        var names = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = only is { Count: > 0 } ? only[random.Next(only.Count)] : PickRoot();
            var field = schema.Query.Fields.Find(name)!;
            var alias = i > 0 || random.Next(10) == 0 ? "f" + i.ToString(CultureInfo.InvariantCulture) + ": " : string.Empty;
            selections.Add(alias + Field(field, "Query", depth: 0));
            names.Add(name);
        }

        var query = new StringBuilder("query Fuzz");
        if (_variables.Count > 0)
        {
            query.Append('(').AppendJoin(", ", _variables.Select(v => "$" + v.Name + ": " + v.Type)).Append(')');
        }

        query.Append(" { ").AppendJoin(" ", selections).Append(" }");
        string? variables = null;
        if (_variables.Count > 0 || random.Next(8) == 0)
        {
            variables = random.Next(40) == 0
                ? FuzzPools.WrongJson[random.Next(FuzzPools.WrongJson.Count)]
                : "{" + string.Join(",", _variables.Select(v => FuzzValue.Json(v.Name) + ":" + v.Value.ToJson())) + "}";
        }

        var sensitive = _sensitive.Where(s => s.Trim().Length >= 6 && !FuzzPools.NotSensitive.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        return new GeneratedOperation(query.ToString(), variables, sensitive, string.Join("+", names));
    }

    private string PickRoot()
    {
        var total = RootWeights.Sum(r => r.Weight);
        var draw = random.Next(total);
        foreach (var (field, weight) in RootWeights)
        {
            if (draw < weight)
            {
                return field;
            }

            draw -= weight;
        }

        return RootWeights[0].Field;
    }

    // `name(args) { selection }`.
    private string Field(FieldDefinition field, string parent, int depth)
    {
        var text = new StringBuilder(field.Name);
        var arguments = new List<string>();
        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired ? random.Next(40) != 0 : random.Next(2) == 0)
            {
                arguments.Add(argument.Name + ": " + Argument(argument, parent + "." + field.Name + "." + argument.Name));
            }
        }

        if (random.Next(60) == 0)
        {
            arguments.Add("bogus: 1");
        }

        if (arguments.Count > 0)
        {
            text.Append('(').AppendJoin(", ", arguments).Append(')');
        }

        if (random.Next(30) == 0)
        {
            text.Append(random.Next(2) == 0 ? " @skip(if: false)" : " @include(if: true)");
        }

        var type = field.Type.GetNamedType();
        if (type is ObjectType or InterfaceType)
        {
            text.Append(' ').Append(Selection(type, depth + 1));
        }

        return text.ToString();
    }

    private string Selection(NamedType type, int depth)
    {
        var parts = new List<string>();
        if (type is InterfaceType node)
        {
            parts.Add("__typename id");
            foreach (var possible in schema.GetPossibleTypes(node).Where(_ => random.Next(2) == 0))
            {
                parts.Add("... on " + possible.Name + " " + Selection(possible, depth + 1));
            }

            return "{ " + string.Join(" ", parts) + " }";
        }

        var fields = ((IComplexOutputType)type).Fields;
        var take = 1 + random.Next(Math.Min(5, fields.Count));
        foreach (var field in fields.OrderBy(_ => random.Next()).Take(take))
        {
            var complex = field.Type.GetNamedType() is ObjectType or InterfaceType;
            if (complex && depth >= 4)
            {
                continue;
            }

            // Eligibility is the one output field with arguments: ask for it often, it takes a patient.
            parts.Add(Field(field, type.Name, depth));
        }

        if (type.Name == "Study" && random.Next(4) == 0 && depth < 4)
        {
            parts.Add(Field(fields.Find("eligibility")!, "Study", depth));
        }

        if (parts.Count == 0 || random.Next(12) == 0)
        {
            parts.Add("__typename");
        }

        return "{ " + string.Join(" ", parts) + " }";
    }

    // A literal, or a variable holding the value (sometimes declared with another type, sometimes of the wrong type).
    private string Argument(InputValueDefinition argument, string path)
    {
        var value = Value(argument.Type, path, Context(path));
        if (random.Next(4) != 0)
        {
            return value.ToLiteral();
        }

        var name = "v" + _variables.Count.ToString(CultureInfo.InvariantCulture);
        var declared = argument.Type.ToString();
        if (random.Next(25) == 0)
        {
            declared = random.Next(3) switch { 0 => "String", 1 => declared.TrimEnd('!'), _ => "[" + declared + "]" };
        }

        if (random.Next(10) == 0)
        {
            value = FuzzValue.Raw("null", FuzzPools.WrongJson[random.Next(FuzzPools.WrongJson.Count)]);
        }

        _variables.Add((name, declared, value));
        return "$" + name;
    }

    private FuzzValue Value(GraphQLType type, string path, InputContext context)
    {
        if (type is NonNullType nonNull)
        {
            return random.Next(40) == 0 ? FuzzValue.Null : Value(nonNull.OfType, path, context);
        }

        if (random.Next(14) == 0)
        {
            return FuzzValue.Null;
        }

        if (type is ListType list)
        {
            var draw = random.Next(20);
            if (draw == 0)
            {
                return Value(list.OfType, path, context);
            }

            if (draw == 1)
            {
                return FuzzValue.List(FuzzValue.List(Value(list.OfType, path, context)));
            }

            var count = draw switch { 2 => 0, 3 when path.EndsWith(".drugs", StringComparison.Ordinal) => 51, _ => 1 + random.Next(3) };
            return FuzzValue.List([.. Enumerable.Range(0, count).Select(_ => Value(list.OfType, path, context))]);
        }

        return type switch
        {
            EnumType enumType => EnumValue(enumType),
            InputObjectType input => InputObject(input, context),
            _ => Scalar(((NamedType)type).Name, path, context),
        };
    }

    private FuzzValue EnumValue(EnumType type)
    {
        var value = type.Values[random.Next(type.Values.Count)].Name;
        return random.Next(20) switch
        {
            0 => FuzzValue.Enum("NOT_A_" + type.Name.ToUpperInvariant()),
            1 => FuzzValue.String(value),
            2 => FuzzValue.Enum(value.ToLowerInvariant()),
            _ => FuzzValue.Enum(value),
        };
    }

    private FuzzValue InputObject(InputObjectType type, InputContext context)
    {
        var fields = new List<(string, FuzzValue)>();
        if (type.IsOneOf)
        {
            var members = type.Fields.OrderBy(_ => random.Next()).ToList();
            var draw = random.Next(20);
            var given = draw switch { 0 => 0, 1 => 2, _ => 1 };
            foreach (var member in members.Take(given))
            {
                fields.Add((member.Name, draw == 2 ? FuzzValue.Null : Value(member.Type, type.Name + "." + member.Name, Within(context, type.Name, member.Name))));
            }
        }
        else
        {
            foreach (var field in type.Fields)
            {
                if (field.IsRequired ? random.Next(30) != 0 : random.Next(2) == 0)
                {
                    fields.Add((field.Name, Value(field.Type, type.Name + "." + field.Name, Within(context, type.Name, field.Name))));
                }
            }
        }

        if (random.Next(50) == 0)
        {
            fields.Add(("bogus", FuzzValue.Int(1)));
        }

        return FuzzValue.Object([.. fields]);
    }

    private FuzzValue Scalar(string type, string path, InputContext context)
    {
        switch (type)
        {
            case "Int":
                return random.Next(6) == 0
                    ? FuzzValue.Number(FuzzPools.BadIntLiterals[random.Next(FuzzPools.BadIntLiterals.Count)])
                    : FuzzValue.Int(FuzzPools.Ints[random.Next(FuzzPools.Ints.Count)]);
            case "Float":
                return FuzzValue.Number(FuzzPools.Floats[random.Next(FuzzPools.Floats.Count)]);
            case "Boolean":
                return random.Next(15) == 0 ? FuzzValue.String("true") : FuzzValue.Bool(random.Next(2) == 0);
            case "Date":
                var dates = context.Patient ? FuzzPools.BirthDates : FuzzPools.Days;
                return random.Next(25) == 0 ? FuzzValue.Int(20240101) : Text(dates[random.Next(dates.Count)], context.Patient);
            case "ID":
                var ids = path switch
                {
                    "Query.node.id" => pools.NodeIds,
                    "Query.study.id" => [.. pools.StudyIds, .. pools.NodeIds.Take(6)],
                    "Query.group.id" => [.. pools.GroupIds, .. pools.NodeIds.Take(6)],
                    "Query.site.id" => [.. pools.SiteIds, .. pools.NodeIds.Take(6)],
                    _ => pools.OrganizationIds,
                };
                return random.Next(12) == 0 ? Text(FuzzPools.Texts[random.Next(FuzzPools.Texts.Count)], sensitive: false)
                    : random.Next(30) == 0 ? FuzzValue.Int(123) : FuzzValue.String(ids[random.Next(ids.Count)]);
        }

        var pool = path switch
        {
            "Query.studies.after" => FuzzPools.Cursors,
            "CodingInput.code" when context.Condition => FuzzPools.SnomedCodes,
            "CodingInput.code" => FuzzPools.DrugCodes,
            "CodingInput.terminology" => [.. FuzzPools.Terminologies.Select(t => t ?? "posos")],
            "TreatmentInput.ingredients" or "TreatmentInput.procedures" => FuzzPools.Ingredients,
            "TreatmentInput.therapeuticClasses" => FuzzPools.AtcCodes,
            "ContinuousCriterionInput.type" => FuzzPools.MeasurementTypes,
            "ContinuousCriterionInput.unit" => FuzzPools.Units,
            "Query.drugSuggestions.search" or "Query.conditionSuggestions.search" => FuzzPools.Searches,
            _ => FuzzPools.Texts,
        };
        var sensitive = context.Patient || context.Drug || path.EndsWith(".search", StringComparison.Ordinal);
        if (random.Next(15) == 0)
        {
            pool = FuzzPools.Texts;
        }

        return Text(pool[random.Next(pool.Count)], sensitive);
    }

    private FuzzValue Text(string value, bool sensitive)
    {
        if (sensitive)
        {
            _sensitive.Add(value.Trim());
        }

        return FuzzValue.String(value);
    }

    private static InputContext Context(string path) => new(
        Patient: path.EndsWith(".patient", StringComparison.Ordinal),
        Drug: path.EndsWith(".drugs", StringComparison.Ordinal),
        Condition: false);

    private static InputContext Within(InputContext context, string type, string field) => context with
    {
        Patient = context.Patient || type == "PatientInput",
        Drug = context.Drug || type == "DrugInput",
        Condition = context.Condition || type == "ConditionInput",
    };

    private readonly record struct InputContext(bool Patient, bool Drug, bool Condition);
}
