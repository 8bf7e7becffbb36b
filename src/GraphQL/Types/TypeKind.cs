namespace Gateway.GraphQL.Types;

/// <summary>The eight kinds of types (spec section 4.2.1, <c>__TypeKind</c>).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
