namespace Gateway.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode(bool @value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; } = @value;
}
