using Gateway.Api.Groups;
using Gateway.Api.Posos;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Eligibility;

/// <summary>
/// Compares a patient with a study's enrollment group, in memory (no upstream call, nothing logged):
/// <list type="bullet">
/// <item><b>Age</b>: the patient's age (from the birth date, else the span their age groups allow together) against the
/// union of the group's age ranges (bounds inclusive, in years): inside → met; outside every range → unmet; partly inside
/// (e.g. <c>ADULT</c> against 18-64 only) → unknown. Ranges covering every age need no age. A group without ranges in
/// years → unknown.</item>
/// <item><b>Sex</b>: the patient's sex against the group's genders: admitted → met; not admitted → unmet; a group admitting
/// men and women needs no sex; otherwise a patient without sex → unknown, and a group with no male or female → unknown.</item>
/// <item>No group on ECLAIRE → unknown.</item>
/// </list>
/// The verdict is <c>NOT_ELIGIBLE</c> when a criterion is unmet, else <c>UNKNOWN</c> when one is undecided, else
/// <c>ELIGIBLE</c>. Messages show the group's values, never the patient's.
/// </summary>
internal static class EligibilityRules
{
    /// <summary>The eligibility of <paramref name="patient"/> for the study whose group is <paramref name="group"/> (null: none).</summary>
    public static StudyEligibility Evaluate(PatientProfile patient, Domain.StudyGroup? group)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (group is null)
        {
            return Verdict([new EligibilityReason(
                EligibilityReasonCode.NoGroup,
                EligibilityCriterion.Group,
                EligibilityStatus.Unknown,
                "ECLAIRE has no enrollment group for this study: its age ranges and genders are unknown.")]);
        }

        return Verdict([Age(patient, group), Sex(patient, group)]);
    }

    private static StudyEligibility Verdict(IReadOnlyList<EligibilityReason> reasons)
    {
        var status = reasons.Any(r => r.Status == EligibilityStatus.NotEligible) ? EligibilityStatus.NotEligible
            : reasons.Any(r => r.Status == EligibilityStatus.Unknown) ? EligibilityStatus.Unknown
            : EligibilityStatus.Eligible;
        return new StudyEligibility(status, reasons);
    }

    private static EligibilityReason Age(PatientProfile patient, Domain.StudyGroup group)
    {
        var ranges = group.AgeRanges.Where(InYears).ToList();
        if (ranges.Count == 0)
        {
            return new EligibilityReason(EligibilityReasonCode.AgeRangeNotStated, EligibilityCriterion.Age, EligibilityStatus.Unknown, "ECLAIRE states no age range in years for the group.");
        }

        var labels = string.Join(", ", ranges.Select(r => new AgeRange(r).Label));
        var union = Union(ranges.Select(r => new AgeSpan(Math.Max(0, r.Low ?? 0), r.High)));
        if (union is [{ Low: 0, High: null }])
        {
            return new EligibilityReason(EligibilityReasonCode.AgeInRange, EligibilityCriterion.Age, EligibilityStatus.Eligible, $"The group's age ranges ({labels}) cover every age.");
        }

        if (patient.Age is not { } age)
        {
            return new EligibilityReason(EligibilityReasonCode.AgeNotGiven, EligibilityCriterion.Age, EligibilityStatus.Unknown, $"The patient's age is not given (`birthDate` or `ageGroups`), and the group admits only some ages ({labels}).");
        }

        if (union.Any(range => range.Low <= age.Low && (range.High is null || (age.High is { } high && high <= range.High))))
        {
            return new EligibilityReason(EligibilityReasonCode.AgeInRange, EligibilityCriterion.Age, EligibilityStatus.Eligible, $"The patient's age is in the group's age ranges ({labels}).");
        }

        if (union.All(range => range.Intersect(age) is null))
        {
            return new EligibilityReason(EligibilityReasonCode.AgeOutOfRange, EligibilityCriterion.Age, EligibilityStatus.NotEligible, $"The patient's age is in none of the group's age ranges ({labels}).");
        }

        return new EligibilityReason(EligibilityReasonCode.AgeUncertain, EligibilityCriterion.Age, EligibilityStatus.Unknown, $"The patient's age groups allow ages both in and out of the group's age ranges ({labels}): the birth date would decide.");
    }

    private static EligibilityReason Sex(PatientProfile patient, Domain.StudyGroup group)
    {
        var men = group.Genders.Contains(Domain.Gender.Male);
        var women = group.Genders.Contains(Domain.Gender.Female);
        if (men && women)
        {
            return new EligibilityReason(EligibilityReasonCode.SexAdmitted, EligibilityCriterion.Sex, EligibilityStatus.Eligible, "The group admits men and women.");
        }

        if (!men && !women)
        {
            return new EligibilityReason(EligibilityReasonCode.GenderNotStated, EligibilityCriterion.Sex, EligibilityStatus.Unknown, "ECLAIRE states no gender (male or female) for the group.");
        }

        var admitted = men ? "men" : "women";
        return patient.Sex switch
        {
            null => new EligibilityReason(EligibilityReasonCode.SexNotGiven, EligibilityCriterion.Sex, EligibilityStatus.Unknown, $"The patient's sex is not given, and the group admits only {admitted}."),
            Gender.M when men => new EligibilityReason(EligibilityReasonCode.SexAdmitted, EligibilityCriterion.Sex, EligibilityStatus.Eligible, "The group admits men only."),
            Gender.F when women => new EligibilityReason(EligibilityReasonCode.SexAdmitted, EligibilityCriterion.Sex, EligibilityStatus.Eligible, "The group admits women only."),
            _ => new EligibilityReason(EligibilityReasonCode.SexNotAdmitted, EligibilityCriterion.Sex, EligibilityStatus.NotEligible, $"The group admits {admitted} only."),
        };
    }

    // ECLAIRE states ages in years (`grp-age`, unit "years"); a range in another unit is not compared.
    private static bool InYears(Domain.AgeRange range) =>
        range.Unit is null || range.Unit.Trim().ToUpperInvariant() is "YEARS" or "YEAR" or "A" or "ANS" or "AN";

    // The ranges merged into disjoint spans, by lower bound (adjacent whole-year ranges such as 0-17 and 18-64 join).
    private static List<AgeSpan> Union(IEnumerable<AgeSpan> ranges)
    {
        var merged = new List<AgeSpan>();
        foreach (var range in ranges.OrderBy(r => r.Low))
        {
            if (merged.Count > 0 && merged[^1] is var last && (last.High is null || range.Low <= last.High + 1))
            {
                merged[^1] = new AgeSpan(last.Low, last.High is null || range.High is null ? null : Math.Max(last.High.Value, range.High.Value));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
