using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.4 "All Variables Used": every variable an operation defines is used in it or in a fragment
/// it uses.
/// </summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly List<VariableDefinitionNode> _definitions = [];

    public override void EnterOperationDefinition(OperationDefinitionNode node) => _definitions.Clear();

    public override void EnterVariableDefinition(VariableDefinitionNode node) => _definitions.Add(node);

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var usages = Context.GetRecursiveVariableUsages(node);
        if (_definitions.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                Context.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
