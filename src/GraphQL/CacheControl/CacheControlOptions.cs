namespace Gateway.GraphQL.CacheControl;

/// <summary>How the executor works out a response's <see cref="CachePolicy"/> (Apollo's cache-control semantics).</summary>
public sealed record CacheControlOptions
{
    /// <summary>The defaults: on, default max age 0, introspection 300 s.</summary>
    public static CacheControlOptions Default { get; } = new();

    /// <summary>Computes policies (default true); false makes every response not cacheable.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// The max age of root fields and of fields returning objects, interfaces or unions that have no hint of their own,
    /// on the field or its type, and do not inherit (default 0: such a response is not cached).
    /// </summary>
    public int DefaultMaxAge { get; init; }

    /// <summary>
    /// The max age of <c>__schema</c> and <c>__type</c> (default 300 s); the fields below them and <c>__typename</c>
    /// never restrict a response.
    /// </summary>
    public int IntrospectionMaxAge { get; init; } = 300;
}
