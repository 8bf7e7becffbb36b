using System.Text.Json;
using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Posos.Rules;

/// <summary>The contraindication and interaction rules, read from the embedded rule file.</summary>
internal sealed class RuleBase
{
    private RuleBase(RuleFile file)
    {
        Contraindications = file.Contraindications;
        Interactions = file.Interactions;
    }

    public IReadOnlyList<ContraindicationRule> Contraindications { get; }

    public IReadOnlyList<InteractionRule> Interactions { get; }

    public static RuleBase Load()
    {
        var file = JsonSerializer.Deserialize(EmbeddedData.ReadBytes("Posos/Rules/posos-rules.json"), RuleJsonContext.Default.RuleFile)
            ?? throw new InvalidOperationException("The Posos rule base is empty.");
        return new RuleBase(file);
    }
}
