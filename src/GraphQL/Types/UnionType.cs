using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType : NamedType
{
    private readonly Func<IEnumerable<ObjectType>> _typesThunk;
    private ObjectType[]? _types;

    public UnionType(string name, Func<IEnumerable<ObjectType>> types)
        : base(name)
    {
        _typesThunk = types;
    }

    public UnionType(string name, IEnumerable<ObjectType> types)
        : this(name, () => types)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types => _types ??= _typesThunk().ToArray();

    /// <summary>Picks the member type of a value (see <see cref="InterfaceType.ResolveType"/>).</summary>
    public TypeResolver? ResolveType { get; init; }
}
