namespace Gateway.GraphQL.Language;

/// <summary><c>{ name: value ... }</c>.</summary>
public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}
