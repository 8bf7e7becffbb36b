namespace Gateway.GraphQL.Language;

/// <summary><c>$name: Type = default @directives</c> in an operation's variable list.</summary>
public sealed class VariableDefinitionNode(VariableNode variable, TypeNode @type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public VariableNode Variable { get; } = variable;

    /// <summary>
    /// The description before the definition (graphql-js 16.11+ accepts descriptions on executable definitions);
    /// null when there is none.
    /// </summary>
    public StringValueNode? Description { get; init; }

    public TypeNode Type { get; } = @type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
