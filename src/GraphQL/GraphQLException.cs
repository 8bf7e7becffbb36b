namespace Gateway.GraphQL;

/// <summary>
/// An exception that carries one or more GraphQL errors meant for the client. Anything thrown by a
/// resolver that is not a <see cref="GraphQLException"/> is treated as an internal error whose message is hidden
/// outside Development.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message)
        : this(new GraphQLError(message))
    {
    }

    public GraphQLException(string message, string code)
        : this(GraphQLError.WithCode(message, code))
    {
    }

    public GraphQLException(GraphQLError error, Exception? innerException = null)
        : base(error.Message, innerException)
    {
        Errors = [error];
    }

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error.")
    {
        Errors = errors;
    }

    public GraphQLException()
        : this("GraphQL error.")
    {
    }

    public GraphQLException(string message, Exception innerException)
        : this(new GraphQLError(message), innerException)
    {
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
