namespace Gateway.GraphQL.Language;

/// <summary>An argument or input field definition: <c>name: Type = default @directives</c>.</summary>
public sealed class InputValueDefinitionNode(StringValueNode? description, NameNode name, TypeNode @type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public TypeNode Type { get; } = @type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
