using Gateway.Sandbox.Posos.Catalog;
using Gateway.Sandbox.Posos.Rules;

namespace Gateway.Sandbox.Tests.Posos;

/// <summary>The rule base file: enough real-world rules, each reachable through the catalog and the condition codes.</summary>
public sealed class RuleBaseTests
{
    private static readonly RuleBase Rules = RuleBase.Load();
    private static readonly Lazy<DrugCatalog> Drugs = new(DrugCatalog.Load);
    private static readonly ConditionCatalog Conditions = ConditionCatalog.Load();

    [Fact]
    public void There_are_at_least_forty_contraindication_rules_with_unique_ids_and_valid_types()
    {
        Assert.True(Rules.Contraindications.Count >= 40);
        Assert.Equal(Rules.Contraindications.Count, Rules.Contraindications.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Rules.Contraindications, r => Assert.Contains(r.Type, new[] { "ABSOLUTE_CONTRAINDICATION", "RELATIVE_CONTRAINDICATION", "PRECAUTION", "WARNING" }));
        Assert.All(Rules.Interactions, r => Assert.Contains(r.Type, new[] { "CONTRAINDICATION", "NOT_RECOMMENDED", "PRECAUTION", "TO_TAKE_INTO_ACCOUNT" }));
    }

    [Fact]
    public void Every_rule_concerns_drugs_of_the_catalog()
    {
        var specialties = Drugs.Value.Specialties;
        bool Reaches(DrugMatcher matcher) => specialties.Any(s =>
            matcher.Ingredients.Any(i => s.SubstanceWords.Any(w => TextFolding.ContainsWords(w, TextFolding.Words(i))))
            || matcher.Atc.Any(prefix => s.Atc.Any(code => code.StartsWith(prefix, StringComparison.Ordinal))));

        Assert.All(Rules.Contraindications, r => Assert.True(Reaches(r.Drugs), r.Id));
        Assert.All(Rules.Interactions, r => Assert.True(Reaches(r.Left) && Reaches(r.Right), r.Id));
    }

    [Fact]
    public void Every_condition_code_is_a_known_SNOMED_condition()
    {
        var codes = Rules.Contraindications
            .Where(r => r.Condition is not null)
            .SelectMany(r => r.Condition!.Snomed.Concat(r.Condition.AssociatedConditions.SelectMany(a => a.Snomed ?? [])))
            .Distinct(StringComparer.Ordinal);

        Assert.All(codes, code => Assert.NotNull(Conditions.Find(code)));
    }

    [Fact]
    public void Every_rule_can_fire()
    {
        Assert.All(Rules.Contraindications, r => Assert.True(
            r.Condition is { Snomed.Count: > 0 } || r.Patient.ContinuousCriteria.Count > 0 || r.Patient.ConcurrentTreatments is { IsEmpty: false }
                || r.Patient.AgeGroups.Count > 0 || r.Patient.Gender is not null,
            r.Id));
    }
}
