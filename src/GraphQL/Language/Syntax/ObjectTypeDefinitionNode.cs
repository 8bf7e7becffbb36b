namespace Gateway.GraphQL.Language;

/// <summary><c>type Name implements I &amp; J @directives { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location? location = null) : TypeDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public override StringValueNode? Description { get; } = description;
    public override NameNode Name { get; } = name;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
