using Gateway.Sandbox.Posos.Catalog;
using Gateway.Sandbox.Posos.Model;
using Gateway.Sandbox.Posos.Rules;

namespace Gateway.Sandbox.Posos.Engine;

/// <summary>
/// <c>getContraindications</c>: for each drug and each rule whose drug matcher accepts it, the rule fires
/// when the patient meets it: age groups and sex when the rule names them, and its condition (a SNOMED
/// code of the patient, ancestors included under inference), one of its measurement ranges or one of its
/// concurrent treatments.
/// </summary>
internal sealed class ContraindicationEngine(RuleBase rules, ConditionCatalog conditions)
{
    public List<AlertResult> Evaluate(IReadOnlyList<ResolvedDrug> drugs, PatientProfile patient, IReadOnlySet<string>? types)
    {
        var alerts = new List<AlertResult>();
        foreach (var drug in drugs)
        {
            foreach (var rule in rules.Contraindications)
            {
                if ((types is null || types.Contains(rule.Type)) && drug.Matches(rule.Drugs) && Fires(rule, patient))
                {
                    alerts.Add(ToResult(rule, drug));
                }
            }
        }

        return alerts;
    }

    private static bool Fires(ContraindicationRule rule, PatientProfile patient)
    {
        var criteria = rule.Patient;
        if (criteria.AgeGroups.Count > 0 && !criteria.AgeGroups.Any(patient.AgeGroups.Contains))
        {
            return false;
        }

        if (criteria.Gender is not null && !string.Equals(criteria.Gender, patient.Sex, StringComparison.Ordinal))
        {
            return false;
        }

        var hasCondition = rule.Condition is { Snomed.Count: > 0 };
        var hasMeasurements = criteria.ContinuousCriteria.Count > 0;
        var hasTreatments = criteria.ConcurrentTreatments is { IsEmpty: false };
        if (hasCondition || hasMeasurements || hasTreatments)
        {
            return (hasCondition && rule.Condition!.Snomed.Any(patient.Conditions.Contains))
                || (hasMeasurements && criteria.ContinuousCriteria.Any(patient.Meets))
                || (hasTreatments && patient.Takes(criteria.ConcurrentTreatments!));
        }

        return criteria.AgeGroups.Count > 0 || criteria.Gender is not null;
    }

    private AlertResult ToResult(ContraindicationRule rule, ResolvedDrug drug)
    {
        ConditionResult? condition = null;
        if (rule.Condition is { } spec)
        {
            condition = new ConditionResult(
                spec.Designation,
                [.. spec.AssociatedConditions.Select(a => new AssociatedConditionResult(a.Designation, a.Modifiers ?? [], Codings(a.Snomed ?? [])))],
                spec.Modifiers,
                Codings(spec.Snomed));
        }

        var treatments = rule.Patient.ConcurrentTreatments;
        var patient = new PatientCriteriaResult(
            rule.Patient.Gender,
            rule.Patient.AgeGroups,
            treatments is { IsEmpty: false } ? [new TreatmentResult(treatments.Ingredients ?? [], treatments.Procedures ?? [], treatments.TherapeuticClasses ?? [])] : [],
            [.. rule.Patient.ContinuousCriteria.Select(c => new ContinuousCriterionResult(c.Type, c.Unit, c.Min, c.Max, null))]);
        return new AlertResult(
            rule.Designation,
            rule.Type,
            condition,
            patient,
            [.. rule.Warnings.Select(w => new WarningResult(w.Risk, w.Guidelines, w.Modifiers ?? []))],
            drug.Result,
            rule.Comment,
            new SourceResult(rule.Source.Url, rule.Source.Author));
    }

    private List<CodingResult> Codings(IReadOnlyList<string> snomed) =>
        [.. snomed.Select(code => new CodingResult(code, conditions.Find(code)?.Label, "SNOMED_CT"))];
}
