namespace Gateway.GraphQL.Language;

/// <summary><c>extend schema @directives { ... }</c>.</summary>
public sealed class SchemaExtensionNode(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location? location = null) : TypeSystemExtensionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}
