using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3 "Fragment Spread Is Possible": a fragment is spread only where some object type could
/// satisfy both its type condition and the parent type.
/// </summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var fragmentType = Context.TypeInfo.Type as NamedType;
        var parentType = Context.TypeInfo.ParentType;
        if (fragmentType is not null && fragmentType.IsCompositeType && parentType is not null && !DoTypesOverlap(Context.Schema, fragmentType, parentType))
        {
            Context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = node.Name.Value;
        if (Context.GetFragment(name) is not { } fragment
            || Context.Schema.GetType(fragment.TypeCondition.Name.Value) is not { IsCompositeType: true } fragmentType
            || Context.TypeInfo.ParentType is not { } parentType)
        {
            return;
        }

        if (!DoTypesOverlap(Context.Schema, fragmentType, parentType))
        {
            Context.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }

    /// <summary>True when some object type belongs to both composite types (graphql-js <c>doTypesOverlap</c>).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeA);
        ArgumentNullException.ThrowIfNull(typeB);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType)
        {
            if (typeB.IsAbstractType)
            {
                foreach (var type in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType && schema.IsSubType(typeB, typeA);
    }
}
