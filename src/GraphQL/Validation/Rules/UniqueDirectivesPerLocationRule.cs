using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 "Directives Are Unique per Location": a non-repeatable directive is applied at most once
/// to a node (for type-system definitions, once across a type and its extensions).
/// </summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, DirectiveDefinitionNode>? _documentDirectives = DocumentDirectives.Find(context.Document);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node) => Check(node.Directives, null);

    public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives, null);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives, null);

    public override void EnterField(FieldNode node) => Check(node.Directives, null);

    public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives, null);

    public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives, null);

    public override void EnterTypeSystemNode(SyntaxNode node, IReadOnlyList<DirectiveNode> directives)
    {
        Dictionary<string, DirectiveNode>? seen = null;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives;
                break;
            case TypeDefinitionNode or TypeExtensionNode:
                var typeName = node is TypeDefinitionNode definition ? definition.Name.Value : ((TypeExtensionNode)node).Name.Value;
                if (!_typeDirectives.TryGetValue(typeName, out seen))
                {
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    _typeDirectives[typeName] = seen;
                }

                break;
        }

        Check(directives, seen);
    }

    private void Check(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode>? seen)
    {
        if (seen is null && directives.Count < 2)
        {
            return;
        }

        seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!IsUnique(name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private bool IsUnique(string name)
    {
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var defined))
        {
            return !defined.Repeatable;
        }

        return Context.Schema.GetDirective(name) is { IsRepeatable: false };
    }
}
