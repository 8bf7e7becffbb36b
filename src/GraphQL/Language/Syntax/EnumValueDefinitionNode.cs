namespace Gateway.GraphQL.Language;

/// <summary>One value of an enum definition.</summary>
public sealed class EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
