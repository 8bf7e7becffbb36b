namespace Gateway.GraphQL.Types;

/// <summary>
/// A type of the schema: a named type (scalar, object, interface, union, enum, input object) or a
/// wrapping type (list, non-null). <see cref="ToString"/> prints the type reference (<c>[Int!]!</c>).
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any wrapping (<c>[Int!]!</c> => <c>Int</c>).</summary>
    public abstract NamedType GetNamedType();

    /// <summary>True for <see cref="NonNullType"/>.</summary>
    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>The type without its outer non-null wrapper, if any.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Scalars, enums and input objects, possibly wrapped (spec: IsInputType).</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Scalars, objects, interfaces, unions and enums, possibly wrapped (spec: IsOutputType).</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>Scalars and enums (no wrapping).</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Objects, interfaces and unions (no wrapping).</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Interfaces and unions (no wrapping).</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    public abstract override string ToString();
}
