using System.Globalization;
using Gateway.Sandbox.Posos.Catalog;
using Gateway.Sandbox.Posos.Rules;

namespace Gateway.Sandbox.Posos.Engine;

/// <summary>
/// The patient of a request (<c>PatientInput</c>): condition codes (with their ancestors when SNOMED
/// inference is asked), age groups (given, or derived from the birth date), sex, measurements and
/// concurrent treatments (ingredients, procedures, ATC classes).
/// </summary>
internal sealed class PatientProfile
{
    private readonly List<string[]> _ingredients;
    private readonly List<string[]> _procedures;
    private readonly List<string> _classes;

    private PatientProfile(
        HashSet<string> conditions,
        HashSet<string> ageGroups,
        string? sex,
        List<(string Type, double Low, double High)> criteria,
        (List<string[]> Ingredients, List<string[]> Procedures, List<string> Classes) treatments)
    {
        Conditions = conditions;
        AgeGroups = ageGroups;
        Sex = sex;
        Criteria = criteria;
        (_ingredients, _procedures, _classes) = treatments;
    }

    public IReadOnlySet<string> Conditions { get; }

    public IReadOnlySet<string> AgeGroups { get; }

    public string? Sex { get; }

    public IReadOnlyList<(string Type, double Low, double High)> Criteria { get; }

    public static PatientProfile Read(object? input, bool inference, ConditionCatalog conditions, DateOnly today)
    {
        var patient = InputValues.Map(input);
        var codes = new List<string>();
        foreach (var condition in InputValues.List(InputValues.Field(patient, "conditions")))
        {
            var map = InputValues.Map(condition);
            var code = InputValues.Text(InputValues.Field(InputValues.Map(InputValues.Field(map, "coding")), "code"))
                ?? InputValues.Text(InputValues.Field(map, "code"));
            if (!string.IsNullOrWhiteSpace(code))
            {
                codes.Add(code.Trim());
            }
        }

        var expanded = inference ? conditions.WithAncestors(codes) : new HashSet<string>(codes, StringComparer.Ordinal);
        var ageGroups = new HashSet<string>(InputValues.List(InputValues.Field(patient, "ageGroups")).Select(InputValues.Text).OfType<string>(), StringComparer.Ordinal);
        if (InputValues.Text(InputValues.Field(patient, "birthDate")) is { } birthDate
            && DateOnly.TryParse(birthDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
        {
            ageGroups.UnionWith(AgeGroupsAt(born, today));
        }

        var criteria = new List<(string, double, double)>();
        foreach (var item in InputValues.List(InputValues.Field(patient, "continuousCriteria")))
        {
            var map = InputValues.Map(item);
            var type = CanonicalCriterion(InputValues.Text(InputValues.Field(map, "type")));
            var value = InputValues.Number(InputValues.Field(map, "value"));
            var low = value ?? InputValues.Number(InputValues.Field(map, "min")) ?? double.NegativeInfinity;
            var high = value ?? InputValues.Number(InputValues.Field(map, "max")) ?? double.PositiveInfinity;
            if (type is not null && !(double.IsInfinity(low) && double.IsInfinity(high)))
            {
                criteria.Add((type, low, high));
            }
        }

        var treatments = InputValues.Map(InputValues.Field(patient, "concurrentTreatments"));
        List<string[]> Words(string name) =>
            [.. Texts(treatments, name).Select(TextFolding.Words).Where(words => words.Length > 0)];
        var classes = Texts(treatments, "therapeuticClasses").Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).ToList();

        return new PatientProfile(expanded, ageGroups, InputValues.Text(InputValues.Field(patient, "sex")), criteria, (Words("ingredients"), Words("procedures"), classes));
    }

    /// <summary>
    /// Whether the patient takes one of the rule's treatments: an ingredient whose words are in one of the patient's,
    /// a therapeutic class under one of its ATC prefixes, or a procedure whose words are in one of the patient's.
    /// </summary>
    public bool Takes(TreatmentSpec treatments) =>
        (treatments.Ingredients ?? []).Any(i => _ingredients.Any(words => TextFolding.ContainsWords(words, TextFolding.Words(i))))
        || (treatments.Procedures ?? []).Any(p => _procedures.Any(words => TextFolding.ContainsWords(words, TextFolding.Words(p))))
        || (treatments.TherapeuticClasses ?? []).Any(prefix => _classes.Any(c => c.StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>Whether the patient has a measurement of the rule's type overlapping its range (min inclusive, max exclusive).</summary>
    public bool Meets(CriterionSpec criterion)
    {
        var type = CanonicalCriterion(criterion.Type);
        var min = criterion.Min ?? double.NegativeInfinity;
        var max = criterion.Max ?? double.PositiveInfinity;
        return Criteria.Any(c => c.Type == type && c.High >= min && c.Low < max);
    }

    private static IEnumerable<string> Texts(IReadOnlyDictionary<string, object?>? map, string name) =>
        InputValues.List(InputValues.Field(map, name)).Select(InputValues.Text).OfType<string>();

    /// <summary>The age groups of Posos's documentation a person born on <paramref name="born"/> belongs to.</summary>
    public static IEnumerable<string> AgeGroupsAt(DateOnly born, DateOnly today)
    {
        var months = ((today.Year - born.Year) * 12) + today.Month - born.Month - (today.Day < born.Day ? 1 : 0);
        var years = months / 12;
        if (months < 1)
        {
            yield return "NEWBORN";
        }
        else if (months < 24)
        {
            yield return "INFANT";
        }

        if (years < 18)
        {
            yield return "CHILD";
        }

        if (years is >= 12 and < 18)
        {
            yield return "ADOLESCENT";
        }

        if (years >= 18)
        {
            yield return "ADULT";
        }

        if (years >= 65)
        {
            yield return "SENIOR";
        }
    }

    /// <summary>The canonical name of a measurement type, from the aliases callers use (English, French, abbreviations).</summary>
    public static string? CanonicalCriterion(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var folded = TextFolding.Fold(type).Replace(" ", string.Empty, StringComparison.Ordinal);
        return folded switch
        {
            "CREATININECLEARANCE" or "CLAIRANCEDELACREATININE" or "CLAIRANCECREATININE" or "CLCR" or "DFG" or "EGFR" or "GFR" or "DEBITDEFILTRATIONGLOMERULAIRE" => "CREATININE_CLEARANCE",
            "POTASSIUM" or "KALIEMIE" or "K" => "POTASSIUM",
            "HEARTRATE" or "FREQUENCECARDIAQUE" or "FC" or "PULSE" => "HEART_RATE",
            "WEIGHT" or "POIDS" => "WEIGHT",
            "QTC" or "QT" => "QTC",
            _ => folded,
        };
    }
}
