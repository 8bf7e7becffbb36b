namespace Gateway.GraphQL.Language;

/// <summary><c>... on Type @directives { ... }</c>, the type condition optional.</summary>
public sealed class InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null) : SelectionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; } = typeCondition;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
