using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types;

/// <summary>What a <see cref="SchemaBuilder"/> binds to the types it builds, in registration order.</summary>
internal sealed class SdlBindings
{
    public required IReadOnlyList<KeyValuePair<(string Type, string Field), FieldResolver>> Resolvers { get; init; }

    public required IReadOnlyList<ScalarType> Scalars { get; init; }

    public required IReadOnlyList<KeyValuePair<string, TypeResolver>> TypeResolvers { get; init; }

    public required IReadOnlyList<KeyValuePair<string, Func<object, IResolverContext, bool>>> IsTypeOf { get; init; }

    public required IReadOnlyList<KeyValuePair<string, IReadOnlyDictionary<string, object>>> EnumValues { get; init; }

    public FieldResolver? DefaultFieldResolver { get; init; }

    public bool AssumeValidSdl { get; init; }

    public bool IgnoreInvalidDefaultValues { get; init; }

    public bool AllowSharedRootTypes { get; init; }
}
