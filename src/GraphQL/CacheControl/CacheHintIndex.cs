using System.Collections.Concurrent;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.CacheControl;

/// <summary>
/// The hints of a schema's fields and types, worked out once each and kept (one index per request executor, so per
/// schema). Thread-safe.
/// </summary>
internal sealed class CacheHintIndex(Schema schema, CacheControlOptions options)
{
    private readonly ConcurrentDictionary<FieldDefinition, FieldCacheHint> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<NamedType, CacheHint> _types = new(ReferenceEqualityComparer.Instance);

    public CacheControlOptions Options { get; } = options;

    public FieldCacheHint ForField(ObjectType parentType, FieldDefinition field) =>
        _fields.TryGetValue(field, out var known) ? known : _fields.GetOrAdd(field, Compute(parentType, field));

    public CacheHint ForType(NamedType type) =>
        _types.TryGetValue(type, out var known) ? known : _types.GetOrAdd(type, CacheHints.Of(type));

    // Apollo Server's cache-control plugin, willResolveField: the return type's hint (composite types only), then the
    // field's max age (an inheriting field keeps the type's, if any); root fields and composite fields that do not
    // inherit fall back to the default max age. The scope is PRIVATE when the type or the field says so.
    private FieldCacheHint Compute(ObjectType parentType, FieldDefinition field)
    {
        if (field.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return field.Name is "__schema" or "__type"
                ? new FieldCacheHint(false, Options.IntrospectionMaxAge, null, false, true)
                : FieldCacheHint.Skipped;
        }

        if (parentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return FieldCacheHint.Skipped;
        }

        var target = field.Type.GetNamedType();
        var composite = target is ObjectType or InterfaceType or UnionType;
        int? maxAge = null;
        CacheControlScope? scope = null;
        var inherit = false;
        if (composite)
        {
            var typeHint = ForType(target);
            maxAge = typeHint.MaxAge;
            scope = typeHint.Scope;
            inherit = typeHint.InheritMaxAge;
        }

        var fieldHint = CacheHints.Of(field);
        if (fieldHint.InheritMaxAge && maxAge is null)
        {
            inherit = true;
        }
        else
        {
            maxAge = fieldHint.MaxAge ?? maxAge;
        }

        // Unlike Apollo's replace, a PUBLIC field cannot make a PRIVATE type public: PRIVATE always wins.
        scope = fieldHint.Scope == CacheControlScope.Private ? CacheControlScope.Private : scope ?? fieldHint.Scope;

        var isRoot = ReferenceEquals(parentType, schema.Query) || ReferenceEquals(parentType, schema.Mutation) || ReferenceEquals(parentType, schema.Subscription);
        return new FieldCacheHint(false, maxAge, scope, (composite && !inherit) || isRoot, fieldHint.MaxAge is not null);
    }
}
