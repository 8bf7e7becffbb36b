namespace Gateway.GraphQL.Language;

/// <summary><c>name: value</c> in a field's or directive's argument list.</summary>
public sealed class ArgumentNode(NameNode name, ValueNode @value, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Argument;

    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = @value;
}
