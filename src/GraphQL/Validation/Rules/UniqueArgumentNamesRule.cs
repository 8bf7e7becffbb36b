using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 "Argument Uniqueness": a field or directive is given each argument once.</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Check(node.Arguments);
    }

    public override void EnterDirective(DirectiveNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Check(node.Arguments);
    }

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        OrderedDictionary<string, List<SyntaxNode>>? groups = null;
        for (var i = 1; i < arguments.Count && groups is null; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (arguments[i].Name.Value == arguments[j].Name.Value)
                {
                    groups = new OrderedDictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
                    break;
                }
            }
        }

        if (groups is null)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (groups.TryGetValue(argument.Name.Value, out var list))
            {
                list.Add(argument.Name);
            }
            else
            {
                groups.Add(argument.Name.Value, [argument.Name]);
            }
        }

        foreach (var (name, nodes) in groups)
        {
            if (nodes.Count > 1)
            {
                Context.ReportError($"There can be only one argument named \"{name}\".", nodes);
            }
        }
    }
}
