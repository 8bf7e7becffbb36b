using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.3 "Fragments On Composite Types": fragments and inline fragments condition on objects,
/// interfaces or unions only.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.TypeCondition is { } typeCondition && Context.Schema.GetType(typeCondition.Name.Value) is { } type && !type.IsCompositeType)
        {
            Context.ReportError($"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", typeCondition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Context.Schema.GetType(node.TypeCondition.Name.Value) is { } type && !type.IsCompositeType)
        {
            Context.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                node.TypeCondition);
        }
    }
}
