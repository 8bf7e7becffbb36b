namespace Gateway.GraphQL.Language;

/// <summary><c>fragment Name on Type @directives { ... }</c>.</summary>
public sealed class FragmentDefinitionNode(NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null) : ExecutableDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public NameNode Name { get; } = name;

    /// <summary>
    /// The description before the definition (graphql-js 16.11+ accepts descriptions on executable definitions);
    /// null when there is none.
    /// </summary>
    public StringValueNode? Description { get; init; }

    public NamedTypeNode TypeCondition { get; } = typeCondition;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
