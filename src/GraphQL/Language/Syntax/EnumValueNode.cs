namespace Gateway.GraphQL.Language;

/// <summary>An enum value literal: a name other than true, false and null.</summary>
public sealed class EnumValueNode(string @value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public string Value { get; } = @value;
}
