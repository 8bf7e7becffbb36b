namespace Gateway.GraphQL.Language;

/// <summary><c>...FragmentName @directives</c>.</summary>
public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SelectionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
