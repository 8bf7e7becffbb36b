namespace Gateway.GraphQL.Language;

/// <summary><c>union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types, Location? location = null) : TypeDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public override StringValueNode? Description { get; } = description;
    public override NameNode Name { get; } = name;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}
