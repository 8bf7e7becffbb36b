namespace Gateway.GraphQL.Language;

/// <summary><c>query: TypeName</c> inside a schema definition or extension.</summary>
public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode @type, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; } = operation;
    public NamedTypeNode Type { get; } = @type;
}
