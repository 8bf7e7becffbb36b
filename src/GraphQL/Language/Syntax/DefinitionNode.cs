namespace Gateway.GraphQL.Language;

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode(Location? location) : SyntaxNode(location);
