using Gateway.Api.Eligibility;
using Gateway.Api.Posos;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Tests.Posos;

/// <summary>The eligibility rules on their own: a patient's age and sex against a group's age ranges and genders.</summary>
public sealed class EligibilityRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static readonly Domain.AgeRange Minors = new(0, 17, "years");
    private static readonly Domain.AgeRange Adults = new(18, 64, "years");
    private static readonly Domain.AgeRange Elderly = new(65, null, "years");

    // (what, birth date or age groups, the group's ranges, the status, the reason code); ranges as ECLAIRE's labels.
    public static TheoryData<string, string, string, string, string> AgeCases => new()
    {
        { "40 years old in 18-64", "1986-01-15", "18-64", "ELIGIBLE", "AgeInRange" },
        { "70 in 18-64", "1956-01-15", "18-64", "NOT_ELIGIBLE", "AgeOutOfRange" },
        { "70 in 18-64 and 65+", "1956-01-15", "65+ 18-64", "ELIGIBLE", "AgeInRange" },
        { "64 the day before turning 65", "1961-06-02", "18-64", "ELIGIBLE", "AgeInRange" },
        { "65 on the birthday", "1961-06-01", "18-64", "NOT_ELIGIBLE", "AgeOutOfRange" },
        { "ADULT against 18-64 only", "ADULT", "18-64", "UNKNOWN", "AgeUncertain" },
        { "ADULT against 18-64 and 65+", "ADULT", "18-64 65+", "ELIGIBLE", "AgeInRange" },
        { "SENIOR and ADULT against 65+", "SENIOR ADULT", "65+", "ELIGIBLE", "AgeInRange" },
        { "CHILD against 18-64", "CHILD", "18-64", "NOT_ELIGIBLE", "AgeOutOfRange" },
        { "CHILD and ADOLESCENT against 0-17", "CHILD ADOLESCENT", "0-17", "ELIGIBLE", "AgeInRange" },
        { "NEWBORN against 0-17", "NEWBORN", "0-17", "ELIGIBLE", "AgeInRange" },
        { "no age against 18-64", "", "18-64", "UNKNOWN", "AgeNotGiven" },
        { "no age against every range", "", "0-17 18-64 65+", "ELIGIBLE", "AgeInRange" },
        { "no range stated", "1986-01-15", "", "UNKNOWN", "AgeRangeNotStated" },
        { "a range in months only", "1986-01-15", "0-6months", "UNKNOWN", "AgeRangeNotStated" },
    };

    // (what, the patient's sex, the group's genders, the status, the reason code).
    public static TheoryData<string, string, string, string, string> SexCases => new()
    {
        { "a man where men and women are admitted", "M", "Male Female", "ELIGIBLE", "SexAdmitted" },
        { "no sex where men and women are admitted", "", "Female Male", "ELIGIBLE", "SexAdmitted" },
        { "a woman where women are admitted", "F", "Female", "ELIGIBLE", "SexAdmitted" },
        { "a man where women are admitted", "M", "Female", "NOT_ELIGIBLE", "SexNotAdmitted" },
        { "a woman where men are admitted", "F", "Male", "NOT_ELIGIBLE", "SexNotAdmitted" },
        { "no sex where women are admitted", "", "Female", "UNKNOWN", "SexNotGiven" },
        { "no gender stated", "F", "", "UNKNOWN", "GenderNotStated" },
        { "an unknown gender only", "F", "Unknown", "UNKNOWN", "GenderNotStated" },
    };

    [Theory]
    [MemberData(nameof(AgeCases))]
    public void Age_is_compared_with_the_group_s_age_ranges(string what, string age, string ranges, string status, string code)
    {
        var patient = age.Length == 0 ? new PatientInput()
            : char.IsAsciiDigit(age[0]) ? new PatientInput { BirthDate = DateOnly.Parse(age, System.Globalization.CultureInfo.InvariantCulture) }
            : new PatientInput { AgeGroups = [.. Words(age).Select(w => Enum.Parse<AgeGroup>(w, ignoreCase: true))] };
        var group = Group([.. Words(ranges).Select(Range)], [Domain.Gender.Male, Domain.Gender.Female]);

        var eligibility = EligibilityRules.Evaluate(Profile(patient), group);

        var reason = Assert.Single(eligibility.Reasons, r => r.Criterion == EligibilityCriterion.Age);
        Assert.True(reason.Code.ToString() == code && Status(reason.Status) == status, $"{what}: {reason}");
        Assert.Equal(status, Status(eligibility.Status));
    }

    [Theory]
    [MemberData(nameof(SexCases))]
    public void Sex_is_compared_with_the_group_s_genders(string what, string sex, string genders, string status, string code)
    {
        var group = Group([Minors, Adults, Elderly], [.. Words(genders).Select(Enum.Parse<Domain.Gender>)]);
        var patient = new PatientInput { Sex = sex.Length == 0 ? null : Enum.Parse<Gender>(sex) };

        var eligibility = EligibilityRules.Evaluate(Profile(patient), group);

        var reason = Assert.Single(eligibility.Reasons, r => r.Criterion == EligibilityCriterion.Sex);
        Assert.True(reason.Code.ToString() == code && Status(reason.Status) == status, $"{what}: {reason}");
        Assert.Equal(status, Status(eligibility.Status));
    }

    [Fact]
    public void An_unmet_criterion_wins_over_an_undecided_one()
    {
        var eligibility = EligibilityRules.Evaluate(Profile(Born(1956, 1, 15)), Group([Adults], [Domain.Gender.Female]));

        Assert.Equal("NOT_ELIGIBLE", Status(eligibility.Status));
        Assert.Equal([EligibilityReasonCode.AgeOutOfRange, EligibilityReasonCode.SexNotGiven], eligibility.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_study_without_a_group_is_unknown()
    {
        var eligibility = EligibilityRules.Evaluate(Profile(Born(1986, 1, 15)), group: null);

        Assert.Equal("UNKNOWN", Status(eligibility.Status));
        Assert.Equal(EligibilityReasonCode.NoGroup, Assert.Single(eligibility.Reasons).Code);
    }

    [Fact]
    public void Messages_show_the_group_s_values_and_never_the_patient_s()
    {
        var eligibility = EligibilityRules.Evaluate(Profile(Born(1986, 1, 15, Gender.F)), Group([Elderly, Adults], [Domain.Gender.Female]));

        Assert.Equal(
            ["The patient's age is in the group's age ranges (65+ ans, 18-64 ans).", "The group admits women only."],
            eligibility.Reasons.Select(r => r.Message));
        Assert.All(eligibility.Reasons, r => Assert.DoesNotContain("40", r.Message, StringComparison.Ordinal));
        Assert.All(eligibility.Reasons, r => Assert.DoesNotContain("1986", r.Message, StringComparison.Ordinal));
    }

    private static PatientInput Born(int year, int month, int day, Gender? sex = null) => new() { BirthDate = new DateOnly(year, month, day), Sex = sex };

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // "18-64" → 18 to 64 years, "65+" → 65 and over, "0-6months" → a range in months.
    private static Domain.AgeRange Range(string label)
    {
        var unit = label.EndsWith("months", StringComparison.Ordinal) ? "months" : "years";
        var bounds = label.Replace("months", string.Empty, StringComparison.Ordinal).Split('-', '+');
        return new Domain.AgeRange(int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture), bounds[1].Length == 0 ? null : int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture), unit);
    }

    private static string Status(EligibilityStatus status) => status switch
    {
        EligibilityStatus.Eligible => "ELIGIBLE",
        EligibilityStatus.NotEligible => "NOT_ELIGIBLE",
        _ => "UNKNOWN",
    };

    private static PatientProfile Profile(PatientInput input)
    {
        var errors = new PososInputErrors();
        var profile = PososInputs.Patient(input, Today, errors);
        Assert.False(errors.HasErrors);
        return profile!;
    }

    private static Domain.StudyGroup Group(Domain.AgeRange[] ranges, Domain.Gender[] genders) => new()
    {
        Id = "2026-A00001-01-enrollment-group",
        AgeRanges = ranges,
        Genders = genders,
    };
}
