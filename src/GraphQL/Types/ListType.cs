namespace Gateway.GraphQL.Types;

/// <summary><c>[OfType]</c>.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => "[" + OfType + "]";

    public override bool Equals(object? obj) => obj is ListType other && other.OfType.Equals(OfType);

    public override int GetHashCode() => HashCode.Combine(1, OfType);
}
