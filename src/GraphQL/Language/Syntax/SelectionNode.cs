namespace Gateway.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode(Location? location) : SyntaxNode(location);
