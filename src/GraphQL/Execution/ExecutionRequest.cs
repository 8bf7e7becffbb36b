using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>One GraphQL request: a document (text or parsed), the operation to run, its variables.</summary>
public sealed class ExecutionRequest
{
    /// <summary>The document text; ignored when <see cref="Document"/> is given.</summary>
    public string? Query { get; init; }

    /// <summary>An already parsed document.</summary>
    public DocumentNode? Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values: null, bool, string, numbers, lists, string-keyed dictionaries (or JSON elements).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's services, handed to resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Request-scoped state shared by resolvers.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The request's DataLoaders; null gives the execution its own scope.</summary>
    public DataLoaderScope? DataLoaders { get; init; }

    /// <summary>The request's <c>extensions</c> entry, as sent.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
