namespace Gateway.GraphQL.Language;

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode(string @value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    public string Value { get; } = @value;
}
