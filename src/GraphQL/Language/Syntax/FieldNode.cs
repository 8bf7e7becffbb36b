namespace Gateway.GraphQL.Language;

/// <summary>A field selection: <c>alias: name(args) @directives { ... }</c>.</summary>
public sealed class FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet, Location? location = null) : SelectionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; } = alias;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key under which the field's value appears in the response: the alias if any, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}
