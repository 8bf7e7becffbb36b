namespace Gateway.Sandbox.Posos.Rules;

/// <summary>The rule base file (Data/Posos/Rules/posos-rules.json).</summary>
internal sealed record RuleFile(IReadOnlyList<ContraindicationRule> Contraindications, IReadOnlyList<InteractionRule> Interactions);
