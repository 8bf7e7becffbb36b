using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 "Argument Names": every argument given to a field or directive is defined by it.
/// </summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, DirectiveDefinitionNode>? _documentDirectives = DocumentDirectives.Find(context.Document);

    public override void EnterDirective(DirectiveNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        // The arguments of a directive are checked here; this rule does not look inside directives.
        SkipChildren();
        var name = node.Name.Value;
        List<string>? known = null;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var defined))
        {
            known = [];
            foreach (var argument in defined.Arguments)
            {
                known.Add(argument.Name.Value);
            }
        }
        else if (Context.Schema.GetDirective(name) is { } directive)
        {
            if (node.Arguments.Count == 0)
            {
                return;
            }

            known = SuggestionHelper.NamesOf(directive.Arguments);
        }

        if (known is null)
        {
            return;
        }

        foreach (var argument in node.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!known.Contains(argumentName))
            {
                Context.ReportError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{name}\"." + SuggestionHelper.DidYouMean(Context, argumentName, known),
                    argument);
            }
        }
    }

    public override void EnterArgument(ArgumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var typeInfo = Context.TypeInfo;
        if (typeInfo.Argument is not null || typeInfo.FieldDefinition is not { } fieldDef || typeInfo.ParentType is not { } parentType)
        {
            return;
        }

        var argumentName = node.Name.Value;
        Context.ReportError(
            $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDef.Name}\"."
                + SuggestionHelper.DidYouMean(Context, argumentName, SuggestionHelper.NamesOf(fieldDef.Arguments)),
            node);
    }
}
