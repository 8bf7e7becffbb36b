namespace Gateway.GraphQL.Language;

/// <summary>An integer literal, kept as its source text so that coercion decides its range.</summary>
public sealed class IntValueNode(string @value, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    public string Value { get; } = @value;
}
