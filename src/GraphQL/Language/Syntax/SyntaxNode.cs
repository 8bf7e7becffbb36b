namespace Gateway.GraphQL.Language;

/// <summary>The base of every node of the GraphQL syntax tree.</summary>
public abstract class SyntaxNode(Location? location)
{
    /// <summary>Where the node stands in its source; null for nodes built in code.</summary>
    public Location? Location { get; } = location;

    public abstract SyntaxKind Kind { get; }

    /// <summary>The node printed as GraphQL text, exactly as graphql-js's <c>print</c> would.</summary>
    public override string ToString() => SyntaxPrinter.Print(this);
}
