using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.3 "All Variable Uses Defined": every variable used in an operation, or in a fragment it
/// uses, is defined by that operation.
/// </summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node) => _defined.Clear();

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _defined.Add(node.Variable.Name.Value);
    }

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!_defined.Contains(name))
            {
                Context.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    node);
            }
        }
    }
}
