namespace Gateway.GraphQL.Types;

/// <summary><c>OfType!</c>; the inner type is never itself non-null.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => OfType + "!";

    public override bool Equals(object? obj) => obj is NonNullType other && other.OfType.Equals(OfType);

    public override int GetHashCode() => HashCode.Combine(2, OfType);
}
