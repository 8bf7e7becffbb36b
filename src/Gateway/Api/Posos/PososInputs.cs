using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gateway.Api.Posos;

/// <summary>
/// Checks the arguments of the Posos fields before any upstream call, and normalizes them: drug codes against their
/// terminology (MV code, CIS, CIP13/UCD13 with their EAN-13 check digit, CIP7/UCD7), SNOMED CT concept ids (digits,
/// partition, Verhoeff check digit), ATC codes, a birth date not in the future, age groups that do not exclude each
/// other, measurements with a value or an ordered range. Every problem is reported (<see cref="PososInputErrors"/>),
/// never the value itself.
/// </summary>
internal static partial class PososInputs
{
    /// <summary>The most drugs one request may carry.</summary>
    public const int MaxDrugs = 50;

    /// <summary>The most items of each list of the patient (conditions, ingredients, measurements...).</summary>
    public const int MaxItems = 100;

    /// <summary>The longest free text accepted (an ingredient, a measurement type).</summary>
    public const int MaxTextLength = 200;

    /// <summary>The oldest birth date accepted, in years before today.</summary>
    public const int MaxAgeYears = 130;

    private static readonly FrozenSet<string> PackagedTerminologies = FrozenSet.Create(StringComparer.Ordinal, "cip13", "cip7", "ucd13", "ucd7");

    /// <summary>The drugs of <c>drugs</c>, checked; problems go to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<DrugCode> Drugs(IReadOnlyList<DrugInput>? drugs, PososInputErrors errors, string argument = "drugs")
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (drugs is null || drugs.Count == 0)
        {
            errors.Add(argument, "is empty: give at least one drug.");
            return [];
        }

        if (drugs.Count > MaxDrugs)
        {
            errors.Add(argument, string.Create(CultureInfo.InvariantCulture, $"has more than {MaxDrugs} drugs."));
            return [];
        }

        var result = new List<DrugCode>(drugs.Count);
        for (var i = 0; i < drugs.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{argument}[{i}]");
            var (level, coding, field) = drugs[i] switch
            {
                { ClinicalDrug: { } clinical } => (DrugLevel.ClinicalDrug, clinical, "clinicalDrug"),
                { BrandedDrug: { } branded } => (DrugLevel.BrandedDrug, branded, "brandedDrug"),
                { PackagedDrug: { } packaged } => (DrugLevel.PackagedDrug, packaged, "packagedDrug"),
                _ => (DrugLevel.ClinicalDrug, (CodingInput?)null, string.Empty),
            };
            if (coding is null)
            {
                errors.Add(path, "gives no drug: set one of `clinicalDrug`, `brandedDrug` or `packagedDrug`.");
                continue;
            }

            if (Drug(level, coding, path + "." + field, errors) is { } drug)
            {
                result.Add(drug);
            }
        }

        return result;
    }

    /// <summary>The patient, checked (null when none is given); problems go to <paramref name="errors"/>.</summary>
    public static PatientProfile? Patient(PatientInput? patient, DateOnly today, PososInputErrors errors, string argument = "patient")
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (patient is null)
        {
            return null;
        }

        var birthDate = patient.BirthDate;
        if (birthDate is { } born && born > today.AddDays(1))
        {
            // One day of tolerance: "today" is UTC, and a patient born today east of Greenwich may be born tomorrow in UTC.
            errors.Add(argument + ".birthDate", "is in the future.");
            birthDate = null;
        }
        else if (birthDate is { } old && old < today.AddYears(-MaxAgeYears))
        {
            errors.Add(argument + ".birthDate", string.Create(CultureInfo.InvariantCulture, $"is more than {MaxAgeYears} years ago."));
            birthDate = null;
        }

        var groups = (patient.AgeGroups ?? []).Distinct().Order().ToList();
        AgeSpan? age = null;
        if (groups.Count > 0)
        {
            age = AgeSpan.Any;
            foreach (var group in groups)
            {
                age = age?.Intersect(AgeSpan.Of(group));
            }

            if (age is null)
            {
                errors.Add(argument + ".ageGroups", "exclude each other (no age is in all of them): give the groups the patient belongs to, e.g. `CHILD` and `ADOLESCENT`.");
            }
        }

        if (birthDate is { } date)
        {
            var years = AgeSpan.AgeOn(date, today);
            if (groups.Count > 0 && age is { } span && !span.Contains(years))
            {
                errors.Add(argument + ".birthDate", "does not agree with `ageGroups`: give one or the other, or groups the patient's age is in.");
            }

            age = new AgeSpan(Math.Max(0, years), Math.Max(0, years));
        }

        var conditions = new List<string>();
        if (patient.Conditions is { } inputs)
        {
            if (inputs.Count > MaxItems)
            {
                errors.Add(argument + ".conditions", string.Create(CultureInfo.InvariantCulture, $"has more than {MaxItems} conditions."));
            }
            else
            {
                for (var i = 0; i < inputs.Count; i++)
                {
                    var path = string.Create(CultureInfo.InvariantCulture, $"{argument}.conditions[{i}].coding");
                    if (Condition(inputs[i].Coding, path, errors) is { } code)
                    {
                        conditions.Add(code);
                    }
                }
            }
        }

        var treatments = patient.ConcurrentTreatments;
        var ingredients = Texts(treatments?.Ingredients, argument + ".concurrentTreatments.ingredients", errors);
        var procedures = Texts(treatments?.Procedures, argument + ".concurrentTreatments.procedures", errors);
        var classes = Atc(treatments?.TherapeuticClasses, argument + ".concurrentTreatments.therapeuticClasses", errors);

        return new PatientProfile
        {
            BirthDate = birthDate,
            AgeGroups = groups,
            Age = age,
            Sex = patient.Sex,
            ConditionCodes = conditions,
            HasTreatments = treatments is not null,
            Ingredients = ingredients,
            Procedures = procedures,
            TherapeuticClasses = classes,
            Criteria = Criteria(patient.ContinuousCriteria, argument + ".continuousCriteria", errors),
        };
    }

    /// <summary>Whether <paramref name="code"/> is a SNOMED CT concept id: 6 to 18 digits, no leading zero, a concept partition (<c>00</c> or <c>10</c>) and a valid Verhoeff check digit.</summary>
    public static bool IsSnomedConceptId(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length is < 6 or > 18 || code[0] == '0' || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var partition = code.AsSpan(code.Length - 3, 2);
        return (partition is "00" or "10") && Verhoeff.IsValid(code);
    }

    /// <summary>Whether <paramref name="code"/> is 13 digits with a valid EAN-13 check digit (CIP13 and UCD13 are EAN-13 codes).</summary>
    public static bool IsEan13(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 13 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (code[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10 == code[12] - '0';
    }

    private static DrugCode? Drug(DrugLevel level, CodingInput coding, string path, PososInputErrors errors)
    {
        var code = coding.Code?.Trim() ?? string.Empty;
        var terminology = coding.Terminology?.Trim().ToLowerInvariant();
        if (code.Length == 0)
        {
            errors.Add(path + ".code", "is blank.");
            return null;
        }

        switch (level)
        {
            case DrugLevel.ClinicalDrug:
                if (terminology is not (null or "" or "posos"))
                {
                    errors.Add(path + ".terminology", "is not a terminology of clinical drugs: use `posos` (Posos MV codes), or give the drug as `brandedDrug` or `packagedDrug`.");
                    return null;
                }

                code = code.ToUpperInvariant();
                if (!ClinicalDrugCode().IsMatch(code))
                {
                    errors.Add(path + ".code", "is not a Posos clinical drug code (`MV` and digits, e.g. `MV00003202`).");
                    return null;
                }

                return new DrugCode(level, code, "posos");

            case DrugLevel.BrandedDrug:
                if (terminology is not (null or "" or "cis"))
                {
                    errors.Add(path + ".terminology", "is not a terminology of branded drugs: use `cis`, or give the drug as `clinicalDrug` or `packagedDrug`.");
                    return null;
                }

                if (code.Length != 8 || !code.All(char.IsAsciiDigit))
                {
                    errors.Add(path + ".code", "is not a CIS (« code identifiant de spécialité »: 8 digits).");
                    return null;
                }

                return new DrugCode(level, code, "cis");

            default:
                if (terminology is { Length: > 0 } && !PackagedTerminologies.Contains(terminology))
                {
                    errors.Add(path + ".terminology", "is not a terminology of packaged drugs: use `cip13`, `cip7`, `ucd13` or `ucd7`.");
                    return null;
                }

                terminology = terminology is { Length: > 0 } given
                    ? given
                    : code.Length == 13 && code.StartsWith("34008", StringComparison.Ordinal) ? "ucd13" : code.Length == 7 ? "cip7" : "cip13";
                var valid = terminology switch
                {
                    "cip13" => code.StartsWith("3400", StringComparison.Ordinal) && IsEan13(code),
                    "ucd13" => code.StartsWith("34008", StringComparison.Ordinal) && IsEan13(code),
                    _ => code.Length == 7 && code.All(char.IsAsciiDigit),
                };
                if (!valid)
                {
                    errors.Add(path + ".code", terminology switch
                    {
                        "cip13" => "is not a CIP13 (13 digits starting with 3400, with a valid check digit).",
                        "ucd13" => "is not a UCD13 (13 digits starting with 34008, with a valid check digit).",
                        "ucd7" => "is not a UCD7 (7 digits).",
                        _ => "is not a CIP7 (7 digits).",
                    });
                    return null;
                }

                return new DrugCode(level, code, terminology);
        }
    }

    private static string? Condition(CodingInput? coding, string path, PososInputErrors errors)
    {
        if (coding is null)
        {
            errors.Add(path, "is missing: give the condition's SNOMED CT `code`.");
            return null;
        }

        var terminology = coding.Terminology?.Trim().ToUpperInvariant().Replace('-', '_');
        if (terminology is not (null or "" or "SNOMED_CT" or "SNOMED" or "SNOMEDCT" or "SCT" or "HTTP://SNOMED.INFO/SCT"))
        {
            errors.Add(path + ".terminology", "is not SNOMED CT: the patient's conditions are SNOMED CT concepts (`SNOMED_CT`).");
            return null;
        }

        var code = coding.Code?.Trim() ?? string.Empty;
        if (!IsSnomedConceptId(code))
        {
            errors.Add(path + ".code", "is not a SNOMED CT concept id (6 to 18 digits with a valid check digit, e.g. `77386006`).");
            return null;
        }

        return code;
    }

    private static List<string>? Texts(IReadOnlyList<string>? values, string path, PososInputErrors errors)
    {
        if (values is null)
        {
            return null;
        }

        if (values.Count > MaxItems)
        {
            errors.Add(path, string.Create(CultureInfo.InvariantCulture, $"has more than {MaxItems} items."));
            return null;
        }

        var result = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var text = values[i]?.Trim() ?? string.Empty;
            if (text.Length is 0 or > MaxTextLength)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), string.Create(CultureInfo.InvariantCulture, $"is blank or longer than {MaxTextLength} characters."));
                continue;
            }

            result.Add(text);
        }

        return result;
    }

    private static List<string>? Atc(IReadOnlyList<string>? values, string path, PososInputErrors errors)
    {
        var texts = Texts(values, path, errors);
        if (texts is null)
        {
            return null;
        }

        var result = new List<string>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var code = texts[i].ToUpperInvariant();
            if (!AtcCode().IsMatch(code))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), "is not an ATC code (a level of e.g. `C07AB02`: `C`, `C07`, `C07A`, `C07AB` or `C07AB02`).");
                continue;
            }

            result.Add(code);
        }

        return result;
    }

    private static List<MeasuredCriterion> Criteria(IReadOnlyList<ContinuousCriterionInput>? values, string path, PososInputErrors errors)
    {
        if (values is null)
        {
            return [];
        }

        if (values.Count > MaxItems)
        {
            errors.Add(path, string.Create(CultureInfo.InvariantCulture, $"has more than {MaxItems} measurements."));
            return [];
        }

        var result = new List<MeasuredCriterion>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var item = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            var criterion = values[i];
            var type = criterion.Type?.Trim() ?? string.Empty;
            var unit = criterion.Unit?.Trim();
            var problem = (Argument: (string?)null, Message: string.Empty);
            if (type.Length is 0 or > MaxTextLength)
            {
                problem = (item + ".type", string.Create(CultureInfo.InvariantCulture, $"is blank or longer than {MaxTextLength} characters: say what is measured, e.g. `CREATININE_CLEARANCE`."));
            }
            else if (unit is { Length: > MaxTextLength })
            {
                problem = (item + ".unit", string.Create(CultureInfo.InvariantCulture, $"is longer than {MaxTextLength} characters."));
            }
            else if (criterion is { Value: null, Min: null, Max: null })
            {
                problem = (item, "has no `value`, `min` or `max`: give the measured value or a range.");
            }
            else if (!IsFinite(criterion.Value) || !IsFinite(criterion.Min) || !IsFinite(criterion.Max))
            {
                problem = (item, "has a number that is not finite.");
            }
            else if (criterion is { Min: { } min, Max: { } max } && min > max)
            {
                problem = (item, "has `min` greater than `max`.");
            }

            if (problem.Argument is { } argument)
            {
                errors.Add(argument, problem.Message);
                continue;
            }

            result.Add(new MeasuredCriterion(type, string.IsNullOrEmpty(unit) ? null : unit, criterion.Min, criterion.Max, criterion.Value));
        }

        return result;
    }

    private static bool IsFinite(double? number) => number is not { } value || double.IsFinite(value);

    [GeneratedRegex("^MV[0-9]{1,12}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ClinicalDrugCode();

    [GeneratedRegex("^[A-Z](?:[0-9]{2}(?:[A-Z](?:[A-Z](?:[0-9]{2})?)?)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex AtcCode();
}
