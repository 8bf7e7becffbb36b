using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 "Required Arguments": every non-null argument without a default value is given, on
/// fields and on directives. Checked when leaving the node, so errors inside it come first.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, DirectiveDefinitionNode>? _documentDirectives = DocumentDirectives.Find(context.Document);

    public override void LeaveField(FieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Context.TypeInfo.FieldDefinition is not { } fieldDef)
        {
            return;
        }

        foreach (var argument in fieldDef.Arguments)
        {
            if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
            {
                Context.ReportError(
                    $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = node.Name.Value;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var defined))
        {
            foreach (var argument in defined.Arguments)
            {
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null && !IsProvided(node.Arguments, argument.Name.Value))
                {
                    Report(name, argument.Name.Value, SyntaxPrinter.Print(argument.Type), node);
                }
            }
        }
        else if (Context.Schema.GetDirective(name) is { } directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
                {
                    Report(name, argument.Name, argument.Type.ToString(), node);
                }
            }
        }
    }

    private void Report(string directiveName, string argumentName, string type, DirectiveNode node) =>
        Context.ReportError(
            $"Directive \"@{directiveName}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.",
            node);

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
