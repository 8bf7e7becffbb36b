namespace Gateway.GraphQL.Language;

/// <summary>
/// A syntax error in a GraphQL document: the message follows graphql-js ("Syntax Error: Expected Name,
/// found &lt;EOF&gt;."), with the line and column where the parser stopped.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(string description, SourceLocation location)
        : base(GraphQLError.WithCode("Syntax Error: " + description, ErrorCodes.SyntaxError, [location]))
    {
        Description = description;
        Location = location;
    }

    /// <summary>The message without its "Syntax Error: " prefix.</summary>
    public string Description { get; }

    public SourceLocation Location { get; }
}
