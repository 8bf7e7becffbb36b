namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// The GraphQL shape of a CLR type: nullability, list wrapping and the CLR type at the core (which the
/// registry maps to a named type).
/// </summary>
internal sealed class TypeShape(bool isNullable, TypeShape? element, Type namedClrType)
{
    public bool IsNullable { get; } = isNullable;

    /// <summary>The item shape of a list; null for a named type.</summary>
    public TypeShape? Element { get; } = element;

    /// <summary>The CLR type at the core of the lists (Nullable&lt;T&gt; unwrapped).</summary>
    public Type NamedClrType { get; } = namedClrType;

    public TypeShape WithNullable(bool isNullable) => new(isNullable, Element, NamedClrType);
}
