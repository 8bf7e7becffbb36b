namespace Gateway.GraphQL.Language;

/// <summary><c>[Type]</c>.</summary>
public sealed class ListTypeNode(TypeNode @type, Location? location = null) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public TypeNode Type { get; } = @type;
}
