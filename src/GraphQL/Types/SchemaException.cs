namespace Gateway.GraphQL.Types;

/// <summary>A schema that breaks the spec's type-system rules; <see cref="Errors"/> lists every problem.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(IReadOnlyList<string> errors)
        : base(errors.Count == 1 ? errors[0] : "The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e)))
    {
        Errors = errors;
    }

    public SchemaException(string message)
        : this([message])
    {
    }

    public SchemaException()
        : this("The schema is invalid.")
    {
    }

    public SchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
