namespace Gateway.GraphQL.Language;

/// <summary>A string literal (its escapes resolved) or a block string (its indentation removed).</summary>
public sealed class StringValueNode(string @value, bool block, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    public string Value { get; } = @value;
    public bool Block { get; } = block;
}
