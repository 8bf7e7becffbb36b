using Gateway.Sandbox.Posos.Model;
using Gateway.Sandbox.Posos.Rules;

namespace Gateway.Sandbox.Posos.Engine;

/// <summary><c>getInteractions</c>: every pair of the request's drugs that an interaction rule names, left and right as the rule orders them.</summary>
internal sealed class InteractionEngine(RuleBase rules)
{
    public List<InteractionResult> Evaluate(IReadOnlyList<ResolvedDrug> drugs, IReadOnlySet<string>? types)
    {
        var results = new List<InteractionResult>();
        for (var i = 0; i < drugs.Count; i++)
        {
            for (var j = i + 1; j < drugs.Count; j++)
            {
                foreach (var rule in rules.Interactions)
                {
                    if (types is not null && !types.Contains(rule.Type))
                    {
                        continue;
                    }

                    if (drugs[i].Matches(rule.Left) && drugs[j].Matches(rule.Right))
                    {
                        results.Add(ToResult(rule, drugs[i], drugs[j]));
                    }
                    else if (drugs[j].Matches(rule.Left) && drugs[i].Matches(rule.Right))
                    {
                        results.Add(ToResult(rule, drugs[j], drugs[i]));
                    }
                }
            }
        }

        return results;
    }

    private static InteractionResult ToResult(InteractionRule rule, ResolvedDrug left, ResolvedDrug right) => new(
        rule.Designation,
        rule.Type,
        [.. rule.Warnings.Select(w => new WarningResult(w.Risk, w.Guidelines, w.Modifiers ?? []))],
        right.Result,
        left.Result,
        new SourceResult(rule.Source.Url, rule.Source.Author));
}
