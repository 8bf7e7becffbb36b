using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 "Variable Uniqueness": an operation defines each variable once.</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var definitions = node.VariableDefinitions;
        if (definitions.Count < 2)
        {
            return;
        }

        var groups = new OrderedDictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name;
            if (groups.TryGetValue(name.Value, out var list))
            {
                list.Add(name);
            }
            else
            {
                groups.Add(name.Value, [name]);
            }
        }

        foreach (var (name, nodes) in groups)
        {
            if (nodes.Count > 1)
            {
                Context.ReportError($"There can be only one variable named \"${name}\".", nodes);
            }
        }
    }
}
