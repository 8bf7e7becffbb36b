namespace Gateway.GraphQL.CacheControl;

/// <summary>
/// What a field contributes to a response's policy before its resolver runs: its field hint applied over its return
/// type's (Apollo's order), and whether it falls back to the default max age.
/// </summary>
/// <param name="Skip">Introspection below <c>__schema</c>/<c>__type</c>, and <c>__typename</c>: never restricts.</param>
/// <param name="MaxAge">The max age from the type or field hint, if any.</param>
/// <param name="Scope">The scope from the type or field hint, if any.</param>
/// <param name="UsesDefault">Without a max age, the field takes the default (root fields; composite fields that do not inherit).</param>
/// <param name="FieldSetsMaxAge">The field's own hint sets the max age (the runtime object type of an abstract field then does not).</param>
internal readonly record struct FieldCacheHint(bool Skip, int? MaxAge, CacheControlScope? Scope, bool UsesDefault, bool FieldSetsMaxAge)
{
    public static FieldCacheHint Skipped { get; } = new(true, null, null, false, false);
}
