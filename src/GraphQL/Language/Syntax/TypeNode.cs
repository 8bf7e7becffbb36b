namespace Gateway.GraphQL.Language;

/// <summary>A reference to a type: named, list or non-null.</summary>
public abstract class TypeNode(Location? location) : SyntaxNode(location);
