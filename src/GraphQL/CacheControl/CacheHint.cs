namespace Gateway.GraphQL.CacheControl;

/// <summary>
/// A cache hint on a type or field (what <c>@cacheControl(maxAge:, scope:, inheritMaxAge:)</c> says, Apollo's model):
/// how many seconds a response that touches it may be reused, and whether it is private to its caller. Every part is
/// optional: an unset <see cref="MaxAge"/> leaves the age to the return type, the parent or the default.
/// </summary>
/// <param name="MaxAge">Seconds the value stays fresh; null when the hint does not say.</param>
/// <param name="Scope">PUBLIC or PRIVATE; null when the hint does not say.</param>
/// <param name="InheritMaxAge">The field (or fields returning the type) take the parent field's max age instead of the default.</param>
public readonly record struct CacheHint(int? MaxAge = null, CacheControlScope? Scope = null, bool InheritMaxAge = false)
{
    /// <summary>True when the hint says nothing.</summary>
    public bool IsEmpty => MaxAge is null && Scope is null && !InheritMaxAge;

    /// <summary>A public hint of <paramref name="maxAge"/> seconds.</summary>
    public static CacheHint Public(int maxAge) => new(maxAge, CacheControlScope.Public);

    /// <summary>A private hint, with a max age when given.</summary>
    public static CacheHint Private(int? maxAge = null) => new(maxAge, CacheControlScope.Private);

    /// <summary>The hint of parts of a parent object: they live as long as their parent.</summary>
    public static CacheHint Inherit { get; } = new(InheritMaxAge: true);

    /// <summary>
    /// <paramref name="own"/> completed by <paramref name="fallback"/>: the age comes from <paramref name="own"/> when it
    /// sets one (a max age, or inherit), else from <paramref name="fallback"/>; the scope is PRIVATE when either is,
    /// else <paramref name="own"/>'s, else <paramref name="fallback"/>'s.
    /// </summary>
    public static CacheHint Merge(CacheHint own, CacheHint fallback)
    {
        var ownSetsAge = own.MaxAge is not null || own.InheritMaxAge;
        var scope = own.Scope == CacheControlScope.Private || fallback.Scope == CacheControlScope.Private
            ? CacheControlScope.Private
            : own.Scope ?? fallback.Scope;
        return ownSetsAge
            ? own with { Scope = scope }
            : new CacheHint(fallback.MaxAge, scope, fallback.InheritMaxAge);
    }
}
