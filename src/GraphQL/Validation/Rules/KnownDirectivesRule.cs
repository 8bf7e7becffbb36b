using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.1 "Directives Are Defined" and 5.7.2 "Directives Are In Valid Locations": every directive
/// is known and applied where its definition allows.
/// </summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, DirectiveDefinitionNode>? _documentDirectives = DocumentDirectives.Find(context.Document);

    public override void EnterDirective(DirectiveNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = node.Name.Value;
        bool allowed;
        var candidate = Context.DirectiveLocation;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var defined))
        {
            allowed = candidate is null || AllowsLocation(defined, candidate.Value);
        }
        else if (Context.Schema.GetDirective(name) is { } directive)
        {
            allowed = candidate is null || Contains(directive.Locations, candidate.Value);
        }
        else
        {
            Context.ReportError($"Unknown directive \"@{name}\".", node);
            return;
        }

        if (!allowed)
        {
            Context.ReportError($"Directive \"@{name}\" may not be used on {candidate!.Value.ToSpecName()}.", node);
        }
    }

    private static bool Contains(IReadOnlyList<DirectiveLocation> locations, DirectiveLocation location)
    {
        for (var i = 0; i < locations.Count; i++)
        {
            if (locations[i] == location)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllowsLocation(DirectiveDefinitionNode definition, DirectiveLocation location)
    {
        var name = location.ToSpecName();
        foreach (var item in definition.Locations)
        {
            if (item.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
