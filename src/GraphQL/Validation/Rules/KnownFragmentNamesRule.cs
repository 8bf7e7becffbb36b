using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 "Fragment Spread Target Defined": every spread names a fragment of the document.</summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Context.GetFragment(node.Name.Value) is null)
        {
            Context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
