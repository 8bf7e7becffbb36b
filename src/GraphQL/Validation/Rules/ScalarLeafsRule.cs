using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.3 "Leaf Field Selections": fields of scalar and enum types have no selection set; fields
/// of composite types have a non-empty one.
/// </summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var selectionSet = node.SelectionSet;
        if (type.GetNamedType().IsLeafType)
        {
            if (selectionSet is not null)
            {
                Context.ReportError(
                    $"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (selectionSet is null)
        {
            var fieldName = node.Name.Value;
            Context.ReportError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                node);
        }
        else if (selectionSet.Selections.Count == 0)
        {
            Context.ReportError($"Field \"{node.Name.Value}\" of type \"{type}\" must have at least one field selected.", node);
        }
    }
}
