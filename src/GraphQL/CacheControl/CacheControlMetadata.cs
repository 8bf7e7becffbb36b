namespace Gateway.GraphQL.CacheControl;

/// <summary>Where schema builders put a <see cref="CacheHint"/> in the <c>Metadata</c> of a type or field.</summary>
public static class CacheControlMetadata
{
    /// <summary>The key of a <see cref="CacheHint"/> (boxed) in <c>NamedType.Metadata</c> or <c>FieldDefinition.Metadata</c>.</summary>
    public const string Hint = "cacheControl";
}
