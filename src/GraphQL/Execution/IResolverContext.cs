using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// What a resolver knows about the field it resolves (graphql-js's source, args and info). A context
/// is valid while its resolver runs (until the value it returns is complete): the executor reuses it
/// afterwards, so resolvers must not keep it.
/// </summary>
public interface IResolverContext
{
    /// <summary>The value of the parent object (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The coerced arguments of the field, defaults applied; omitted arguments without default are absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition Field { get; }

    /// <summary>The object type whose field is resolved.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field's selections in the document (several when merged from fragments); never empty.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The key of the field in the response (alias or name).</summary>
    string ResponseKey { get; }

    /// <summary>The path of the field in the response.</summary>
    ResultPath Path { get; }

    Schema Schema { get; }

    DocumentNode Document { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>The operation's coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request's services (scoped to the request when hosted).</summary>
    IServiceProvider Services { get; }

    /// <summary>Request-scoped state shared by all resolvers of one request.</summary>
    IDictionary<string, object?> ContextData { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>The request's DataLoaders (one instance per loader per request).</summary>
    DataLoaderScope DataLoaders { get; }

    /// <summary>The value of an argument converted to <typeparamref name="T"/>, or default when absent or null.</summary>
    T? Argument<T>(string name);

    /// <summary>
    /// The fields selected under this field on the given object type (fragments and @skip/@include
    /// applied), for resolvers that fetch only what is asked.
    /// </summary>
    IReadOnlyList<FieldNode> GetSelectedFields(ObjectType objectType);

    /// <summary>Adds an error to the response without failing the field.</summary>
    void ReportError(GraphQLError error);

    /// <summary>
    /// Sets this field's cache hint from its resolver (Apollo's <c>info.cacheControl.setCacheHint</c>): its max age,
    /// when set, replaces the field's static one (e.g. an age known only at run time); a PRIVATE scope makes the field
    /// private (a PUBLIC one cannot make a private field public). The last call wins.
    /// </summary>
    void SetCacheHint(CacheHint hint)
    {
    }
}
