namespace Gateway.GraphQL.Language;

/// <summary><c>[ value ... ]</c>.</summary>
public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; } = values;
}
