namespace Gateway.Sandbox.Posos.Rules;

/// <summary>Which drugs a rule concerns: a label for designations, ingredient names (folded words, matched inside substance names) and ATC code prefixes.</summary>
internal sealed record DrugMatcher(string Label, IReadOnlyList<string> Ingredients, IReadOnlyList<string> Atc);
