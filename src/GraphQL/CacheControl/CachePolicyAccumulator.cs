namespace Gateway.GraphQL.CacheControl;

/// <summary>
/// The policy of one execution as its fields complete: the smallest max age met, PRIVATE once any field is. Used on
/// the execution's own loop only (not thread-safe).
/// </summary>
internal sealed class CachePolicyAccumulator(CacheHintIndex index)
{
    private int _maxAge = int.MaxValue;
    private bool _private;

    public CacheHintIndex Index { get; } = index;

    /// <summary>Adds a resolved field: its static hint, then what its resolver set (<paramref name="dynamic"/>), then the default.</summary>
    public void AddField(in FieldCacheHint hint, CacheHint? dynamic)
    {
        if (hint.Skip)
        {
            return;
        }

        var maxAge = hint.MaxAge;
        var scope = hint.Scope;
        if (dynamic is { } set)
        {
            maxAge = set.MaxAge ?? maxAge;
            scope = set.Scope == CacheControlScope.Private ? CacheControlScope.Private : scope;
        }

        if (maxAge is null && hint.UsesDefault)
        {
            maxAge = Index.Options.DefaultMaxAge;
        }

        Restrict(maxAge, scope);
    }

    /// <summary>Adds the object type an abstract field resolved to: its hint restricts too (its age only when the field set none).</summary>
    public void AddRuntimeType(in FieldCacheHint hint, Types.ObjectType runtimeType)
    {
        if (hint.Skip)
        {
            return;
        }

        var typeHint = Index.ForType(runtimeType);
        Restrict(hint.FieldSetsMaxAge ? null : typeHint.MaxAge, typeHint.Scope);
    }

    /// <summary>The policy of a response without errors: not cacheable when no field set a max age.</summary>
    public CachePolicy ToPolicy() => _maxAge == int.MaxValue
        ? CachePolicy.NotCacheable with { Scope = _private ? CacheControlScope.Private : CacheControlScope.Public }
        : new CachePolicy(_maxAge, _private ? CacheControlScope.Private : CacheControlScope.Public);

    private void Restrict(int? maxAge, CacheControlScope? scope)
    {
        if (maxAge is { } seconds && seconds < _maxAge)
        {
            _maxAge = Math.Max(0, seconds);
        }

        if (scope == CacheControlScope.Private)
        {
            _private = true;
        }
    }
}
