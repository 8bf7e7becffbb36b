namespace Gateway.GraphQL.Language;

/// <summary><c>Type!</c>: the inner type is a named type or a list type.</summary>
public sealed class NonNullTypeNode(TypeNode @type, Location? location = null) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public TypeNode Type { get; } = @type;
}
