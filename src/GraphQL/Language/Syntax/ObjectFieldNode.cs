namespace Gateway.GraphQL.Language;

/// <summary><c>name: value</c> inside an object value.</summary>
public sealed class ObjectFieldNode(NameNode name, ValueNode @value, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = @value;
}
