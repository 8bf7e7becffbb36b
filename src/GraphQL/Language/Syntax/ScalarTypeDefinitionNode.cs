namespace Gateway.GraphQL.Language;

/// <summary><c>scalar Name @directives</c>.</summary>
public sealed class ScalarTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : TypeDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public override StringValueNode? Description { get; } = description;
    public override NameNode Name { get; } = name;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
