using Gateway.Eclaire.Domain;
using Gateway.Eclaire.Fhir;
using static Gateway.Eclaire.Mapping.FhirReading;
using DomainCoding = Gateway.Eclaire.Domain.Coding;

namespace Gateway.Eclaire.Mapping;

/// <summary>
/// Maps an ECLAIRE enrollment <c>Group</c> to a <see cref="StudyGroup"/> (document section 3, API_BEHAVIOR 8).
/// <list type="bullet">
/// <item><c>grp-gender</c>: administrative genders; <c>grp-age</c>: ranges in years; <c>grp-category</c>: displays.</item>
/// <item><c>grp-studypop</c>: description <c>recruitment_population</c> (CTIS) → the coded populations;
/// <c>vulnerable_population</c> (JARDE, DM, DM-DIV; code <c>other</c>) → a boolean read as "included", i.e. not <c>exclude</c>.</item>
/// <item><c>grp-other</c>: <c>eligibility-criteria</c> → inclusion (exclude false) / exclusion (true);
/// <c>judgement-criteria</c> → primary (false) / secondary (true) endpoints.</item>
/// </list>
/// </summary>
public static class GroupMapper
{
    private const string RecruitmentPopulation = "recruitment_population";
    private const string VulnerablePopulation = "vulnerable_population";
    private const string EligibilityCriteria = "eligibility-criteria";
    private const string JudgementCriteria = "judgement-criteria";

    /// <summary>Maps one group.</summary>
    public static StudyGroup Map(Group group)
    {
        ArgumentNullException.ThrowIfNull(group);

        var genders = new List<Gender>();
        var ages = new List<AgeRange>();
        var categories = new List<string>();
        var populations = new List<DomainCoding>();
        bool? vulnerable = null;
        var inclusion = new List<string>();
        var exclusion = new List<string>();
        var primary = new List<string>();
        var secondary = new List<string>();
        var other = new List<string>();

        foreach (var characteristic in group.Characteristic ?? [])
        {
            switch (KindOf(characteristic.Code))
            {
                case "grp-gender":
                    foreach (var coding in characteristic.ValueCodeableConcept?.Coding ?? [])
                    {
                        if (GenderOf(coding.Code) is { } gender && !genders.Contains(gender))
                        {
                            genders.Add(gender);
                        }
                    }

                    break;

                case "grp-age":
                    if (characteristic.ValueRange is { } range && (range.Low?.Value is not null || range.High?.Value is not null))
                    {
                        ages.Add(new AgeRange(Years(range.Low), Years(range.High), range.Low?.Unit ?? range.High?.Unit));
                    }

                    break;

                case "grp-category":
                    categories.AddRange(Texts(characteristic.ValueCodeableConcept));
                    break;

                // The ECLAIRE document spells the code "grp-stydypop" in places; the code system says grp-studypop.
                case "grp-studypop" or "grp-stydypop":
                    ReadStudyPopulation(characteristic, populations, ref vulnerable);
                    break;

                case "grp-other":
                    var texts = Texts(characteristic.ValueCodeableConcept);
                    var excluded = characteristic.Exclude == true;
                    var target = (characteristic.Description ?? characteristic.Code?.Text) switch
                    {
                        EligibilityCriteria => excluded ? exclusion : inclusion,
                        JudgementCriteria => excluded ? secondary : primary,
                        _ => other,
                    };
                    target.AddRange(texts);
                    break;
            }
        }

        var id = NullIfBlank(group.Id) ?? string.Empty;
        return new StudyGroup
        {
            Id = id,
            StudyId = StudyMapper.StudyIdOfGroup(id),
            Actual = group.Actual,
            Type = NullIfBlank(group.Type),
            PlannedSize = group.Quantity,
            Genders = genders,
            AgeRanges = ages,
            Categories = categories,
            RecruitmentPopulations = populations,
            VulnerablePopulation = vulnerable,
            InclusionCriteria = inclusion,
            ExclusionCriteria = exclusion,
            PrimaryEndpoints = primary,
            SecondaryEndpoints = secondary,
            OtherCriteria = other,
        };
    }

    private static void ReadStudyPopulation(GroupCharacteristic characteristic, List<DomainCoding> populations, ref bool? vulnerable)
    {
        var codings = characteristic.ValueCodeableConcept?.Coding ?? [];
        switch (characteristic.Description)
        {
            case VulnerablePopulation:
                // "include = true → Population vulnérable = vrai": included means not excluded.
                vulnerable = characteristic.Exclude is { } exclude ? !exclude : vulnerable;
                break;

            case RecruitmentPopulation:
                populations.AddRange(codings.Where(c => !string.IsNullOrWhiteSpace(c.Code)).Select(ToDomain));
                break;

            default:
                // Older records carry no description: keep the coded populations, never guess vulnerability.
                populations.AddRange(codings.Where(c => !string.IsNullOrWhiteSpace(c.Code) && c.Code != "other").Select(ToDomain));
                break;
        }
    }

    private static string? KindOf(CodeableConcept? code)
    {
        foreach (var coding in code?.Coding ?? [])
        {
            if (coding.Code is { } value && value.StartsWith("grp-", StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    private static Gender? GenderOf(string? code) => code switch
    {
        "male" => Gender.Male,
        "female" => Gender.Female,
        "other" => Gender.Other,
        "unknown" => Gender.Unknown,
        _ => null,
    };

    private static int? Years(Quantity? quantity) =>
        quantity?.Value is { } value ? (int)decimal.Round(value, MidpointRounding.AwayFromZero) : null;

    private static List<string> Texts(CodeableConcept? concept)
    {
        var texts = new List<string>();
        foreach (var coding in concept?.Coding ?? [])
        {
            if (NullIfBlank(coding.Display) is { } display)
            {
                texts.Add(display);
            }
        }

        if (texts.Count == 0 && NullIfBlank(concept?.Text) is { } text)
        {
            texts.Add(text);
        }

        return texts;
    }
}
