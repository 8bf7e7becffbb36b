using System.Collections.Frozen;

namespace Gateway.GraphQL.Types;

internal static class EmptyMetadata
{
    public static readonly IReadOnlyDictionary<string, object?> Instance = FrozenDictionary<string, object?>.Empty;
}
