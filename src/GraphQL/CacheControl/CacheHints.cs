using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.CacheControl;

/// <summary>
/// The cache hint of a type or field: the one a schema builder put in its metadata
/// (<see cref="CacheControlMetadata.Hint"/>, e.g. from <c>[CacheControl]</c>), else its applied <c>@cacheControl</c>
/// directive (SDL-first), else none.
/// </summary>
public static class CacheHints
{
    /// <summary>The hint of a named type (only objects, interfaces and unions are consulted by the executor).</summary>
    public static CacheHint Of(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Read(type.Metadata, type.Directives);
    }

    /// <summary>The hint of a field.</summary>
    public static CacheHint Of(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Read(field.Metadata, field.Directives);
    }

    private static CacheHint Read(IReadOnlyDictionary<string, object?> metadata, IReadOnlyList<Language.DirectiveNode> directives)
    {
        if (metadata.TryGetValue(CacheControlMetadata.Hint, out var value) && value is CacheHint hint)
        {
            return hint;
        }

        return CacheControlDirective.TryRead(directives, out var applied) ? applied : default;
    }
}
