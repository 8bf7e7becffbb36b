using Gateway.GraphQL.CacheControl;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// The cache hint of a code-first type or field, as <c>@cacheControl(maxAge:, scope:, inheritMaxAge:)</c> would give it
/// in SDL: on a class, record, struct or interface it is the GraphQL type's hint; on a property or method, the field's;
/// on an <see cref="ExtendObjectTypeAttribute"/> class, the hint of every field the class adds (a member's own hint
/// completes it: <see cref="CacheHint.Merge"/>). Add the directive's definition to the schema with <see cref="CodeFirstSchemaBuilder.AddCacheControl"/>.
/// <code>
/// [CacheControl(MaxAge = 3600)] public sealed record Study(...);
/// [CacheControl(InheritMaxAge = true)] public sealed record Period(...);
/// [ExtendObjectType("Query"), CacheControl(Scope = CacheControlScope.Private, MaxAge = 300)] public sealed class PatientQueries { ... }
/// </code>
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class CacheControlAttribute : Attribute
{
    private readonly int? _maxAge;
    private readonly CacheControlScope? _scope;

    /// <summary>Seconds a response that touches the type or field may be reused (unset: from the type, the parent or the default).</summary>
    public int MaxAge
    {
        get => _maxAge ?? -1;
        init => _maxAge = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "A max age is zero or more seconds.");
    }

    /// <summary>PUBLIC or PRIVATE (unset: from the type, or PUBLIC).</summary>
    public CacheControlScope Scope
    {
        get => _scope ?? CacheControlScope.Public;
        init => _scope = value;
    }

    /// <summary>Take the parent field's max age instead of the default (for the parts of an object).</summary>
    public bool InheritMaxAge { get; init; }

    /// <summary>The hint this attribute gives.</summary>
    public CacheHint ToHint() => new(_maxAge, _scope, InheritMaxAge);
}
