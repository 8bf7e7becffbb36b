using Gateway.Sandbox.Posos.Catalog;
using Gateway.Sandbox.Posos.Engine;
using Gateway.Sandbox.Posos.Rules;

namespace Gateway.Sandbox.Posos;

/// <summary>What the Posos stand-in knows: drugs, conditions, rules, and the engines over them (loaded once, on first use).</summary>
internal sealed class PososKnowledge
{
    public PososKnowledge()
    {
        Drugs = DrugCatalog.Load();
        Conditions = ConditionCatalog.Load();
        Rules = RuleBase.Load();
        Contraindications = new ContraindicationEngine(Rules, Conditions);
        Interactions = new InteractionEngine(Rules);
        Autocomplete = new AutocompleteIndex(Drugs, Conditions);
    }

    /// <summary>The drug and condition names, folded and indexed for the autocomplete.</summary>
    public AutocompleteIndex Autocomplete { get; }

    public DrugCatalog Drugs { get; }

    public ConditionCatalog Conditions { get; }

    public RuleBase Rules { get; }

    public ContraindicationEngine Contraindications { get; }

    public InteractionEngine Interactions { get; }
}
