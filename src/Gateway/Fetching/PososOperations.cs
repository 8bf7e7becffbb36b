using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Gateway.Api.Posos;
using Gateway.GraphQL.Language;
using Gateway.Posos;

namespace Gateway.Fetching;

/// <summary>
/// Writes the operations the gateway sends to Posos: the client's selection (<see cref="PososSelection"/>) under Posos's
/// root field, every argument passed as a variable typed as Posos types it, and only the arguments given. The gateway's
/// names become Posos's where they differ: <c>contraindications</c> → <c>getContraindications</c>,
/// <c>interactions</c> → <c>getInteractions</c>, <c>snomedInference</c> → <c>snomedInferrence</c> (sic, Posos's
/// spelling). Variables carry the checked, normalized inputs (<see cref="PososInputs"/>): conditions as Posos's
/// documentation writes them (<c>{"coding":{"code":"77386006"}}</c>), dates as <c>yyyy-MM-dd</c>.
/// </summary>
internal static class PososOperations
{
    /// <summary>Posos's root field for contraindications.</summary>
    public const string ContraindicationsField = "getContraindications";

    /// <summary>Posos's root field for interactions.</summary>
    public const string InteractionsField = "getInteractions";

    /// <summary>The <c>getContraindications</c> operation.</summary>
    public static PososForwardedOperation Contraindications(
        IReadOnlyList<DrugCode> drugs,
        PatientProfile? patient,
        IReadOnlyList<AlertType>? types,
        bool? snomedInference,
        PososSelection selection)
    {
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(selection);
        var variables = new List<(string Name, TypeNode Type, Action<Utf8JsonWriter> Write)>
        {
            ("drugs", ListOf("DrugInput"), writer => WriteDrugs(writer, drugs)),
        };
        if (patient is not null)
        {
            variables.Add(("patient", Named("PatientInput"), writer => WritePatient(writer, patient)));
        }

        if (types is not null)
        {
            variables.Add(("types", ListOf("AlertType"), writer => WriteStrings(writer, types.Distinct().Select(PososEnums.ToPosos))));
        }

        if (snomedInference is { } inference)
        {
            variables.Add(("snomedInferrence", Named("Boolean"), writer => writer.WriteBooleanValue(inference)));
        }

        return Build(ContraindicationsField, variables, selection, Sensitive(drugs, patient));
    }

    /// <summary>The <c>getInteractions</c> operation.</summary>
    public static PososForwardedOperation Interactions(IReadOnlyList<DrugCode> drugs, IReadOnlyList<InteractionType>? types, PososSelection selection)
    {
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(selection);
        var variables = new List<(string Name, TypeNode Type, Action<Utf8JsonWriter> Write)>
        {
            ("drugs", ListOf("DrugInput"), writer => WriteDrugs(writer, drugs)),
        };
        if (types is not null)
        {
            variables.Add(("types", ListOf("InteractionType"), writer => WriteStrings(writer, types.Distinct().Select(PososEnums.ToPosos))));
        }

        return Build(InteractionsField, variables, selection, Sensitive(drugs, patient: null));
    }

    private static PososForwardedOperation Build(
        string rootField,
        List<(string Name, TypeNode Type, Action<Utf8JsonWriter> Write)> variables,
        PososSelection selection,
        IReadOnlyList<string> sensitive)
    {
        var definitions = variables
            .Select(v => new VariableDefinitionNode(new VariableNode(new NameNode(v.Name)), v.Type, null, []))
            .ToList();
        var arguments = variables
            .Select(v => new ArgumentNode(new NameNode(v.Name), new VariableNode(new NameNode(v.Name))))
            .ToList();
        var field = new FieldNode(null, new NameNode(rootField), arguments, [], selection.ToSelectionSet());
        var operation = new OperationDefinitionNode(OperationType.Query, new NameNode(rootField), definitions, [], new SelectionSetNode([field]));
        var query = SyntaxPrinter.Print(new DocumentNode([operation]));

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, _, write) in variables)
            {
                writer.WritePropertyName(name);
                write(writer);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new PososForwardedOperation(new PososOperation(query, document.RootElement.Clone(), rootField), rootField, sensitive);
    }

    private static void WriteDrugs(Utf8JsonWriter writer, IReadOnlyList<DrugCode> drugs)
    {
        writer.WriteStartArray();
        foreach (var drug in drugs)
        {
            writer.WriteStartObject();
            writer.WriteStartObject(drug.Level switch
            {
                DrugLevel.ClinicalDrug => "clinicalDrug",
                DrugLevel.BrandedDrug => "brandedDrug",
                _ => "packagedDrug",
            });
            writer.WriteString("code", drug.Code);
            writer.WriteString("terminology", drug.Terminology);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePatient(Utf8JsonWriter writer, PatientProfile patient)
    {
        writer.WriteStartObject();
        if (patient.AgeGroups.Count > 0)
        {
            writer.WritePropertyName("ageGroups");
            WriteStrings(writer, patient.AgeGroups.Select(PososEnums.ToPosos));
        }

        if (patient.BirthDate is { } birthDate)
        {
            writer.WriteString("birthDate", birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (patient.HasTreatments)
        {
            writer.WriteStartObject("concurrentTreatments");
            WriteOptionalStrings(writer, "ingredients", patient.Ingredients);
            WriteOptionalStrings(writer, "procedures", patient.Procedures);
            WriteOptionalStrings(writer, "therapeuticClasses", patient.TherapeuticClasses);
            writer.WriteEndObject();
        }

        if (patient.ConditionCodes.Count > 0)
        {
            writer.WriteStartArray("conditions");
            foreach (var code in patient.ConditionCodes)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("coding");
                writer.WriteString("code", code);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (patient.Sex is { } sex)
        {
            writer.WriteString("sex", PososEnums.ToPosos(sex));
        }

        if (patient.Criteria.Count > 0)
        {
            writer.WriteStartArray("continuousCriteria");
            foreach (var criterion in patient.Criteria)
            {
                writer.WriteStartObject();
                writer.WriteString("type", criterion.Type);
                if (criterion.Unit is { } unit)
                {
                    writer.WriteString("unit", unit);
                }

                WriteOptionalNumber(writer, "min", criterion.Min);
                WriteOptionalNumber(writer, "max", criterion.Max);
                WriteOptionalNumber(writer, "value", criterion.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteOptionalStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        if (values is not null)
        {
            writer.WritePropertyName(name);
            WriteStrings(writer, values);
        }
    }

    private static void WriteOptionalNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    // The request's health data as text: codes, the birth date, treatments, measurements (type, unit and numbers).
    private static List<string> Sensitive(IReadOnlyList<DrugCode> drugs, PatientProfile? patient)
    {
        var values = drugs.Select(d => d.Code).ToList();
        if (patient is not null)
        {
            values.AddRange(patient.ConditionCodes);
            if (patient.BirthDate is { } birthDate)
            {
                values.Add(birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            values.AddRange(patient.Ingredients ?? []);
            values.AddRange(patient.Procedures ?? []);
            values.AddRange(patient.TherapeuticClasses ?? []);
            foreach (var criterion in patient.Criteria)
            {
                values.Add(criterion.Type);
                values.AddRange(new[] { criterion.Min, criterion.Max, criterion.Value }.OfType<double>().Select(n => n.ToString("R", CultureInfo.InvariantCulture)));
            }
        }

        return [.. values.Where(v => v.Length >= 2).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length)];
    }

    private static NamedTypeNode Named(string name) => new(new NameNode(name));

    private static ListTypeNode ListOf(string name) => new(Named(name));
}
