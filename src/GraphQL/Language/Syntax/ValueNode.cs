namespace Gateway.GraphQL.Language;

/// <summary>A literal value or a variable.</summary>
public abstract class ValueNode(Location? location) : SyntaxNode(location);
