namespace Gateway.GraphQL.CacheControl;

/// <summary>
/// How long a whole response may be cached and by whom: the smallest max age of the fields it touched, PRIVATE when
/// any of them is. A response with errors, of a mutation, or whose fields set no max age is not cacheable (max age 0).
/// </summary>
/// <param name="MaxAge">Seconds; 0 means do not store.</param>
/// <param name="Scope">PUBLIC or PRIVATE.</param>
public readonly record struct CachePolicy(int MaxAge, CacheControlScope Scope)
{
    /// <summary>Not to be stored.</summary>
    public static CachePolicy NotCacheable { get; } = new(0, CacheControlScope.Public);

    /// <summary>True when the response may be stored (a positive max age).</summary>
    public bool IsCacheable => MaxAge > 0;

    /// <summary>True for PRIVATE responses.</summary>
    public bool IsPrivate => Scope == CacheControlScope.Private;
}
