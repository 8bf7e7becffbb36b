namespace Gateway.GraphQL.Language;

/// <summary>A type reference by name.</summary>
public sealed class NamedTypeNode(NameNode name, Location? location = null) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public NameNode Name { get; } = name;
}
