namespace Gateway.GraphQL.Language;

/// <summary><c>{ ... }</c>: the selections of a field, fragment or operation.</summary>
public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
