namespace Gateway.GraphQL.Language;

/// <summary><c>null</c>.</summary>
public sealed class NullValueNode(Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;

}
