namespace Gateway.GraphQL.Language;

/// <summary>A whole GraphQL document: executable definitions and/or type-system definitions.</summary>
public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}
