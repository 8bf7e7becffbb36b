namespace Gateway.GraphQL.Language;

/// <summary><c>$name</c> used as a value.</summary>
public sealed class VariableNode(NameNode name, Location? location = null) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Variable;

    public NameNode Name { get; } = name;
}
