namespace Gateway.GraphQL.Language;

/// <summary><c>schema @directives { query: Query ... }</c>.</summary>
public sealed class SchemaDefinitionNode(StringValueNode? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location? location = null) : TypeSystemDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; } = description;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}
