namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Marks a class whose public members become fields of another object type (HotChocolate's type
/// extensions): the type mapped from <see cref="RuntimeType"/>, or the type named <see cref="Name"/>
/// (<c>"Query"</c>, <c>"Mutation"</c>...). Methods receive the extended object through a
/// <see cref="ParentAttribute"/> parameter. Register the class with
/// <see cref="CodeFirstSchemaBuilder.AddTypeExtension{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    public ExtendObjectTypeAttribute(Type runtimeType)
    {
        RuntimeType = runtimeType;
    }

    public ExtendObjectTypeAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The CLR type of the extended object type, when given by type.</summary>
    public Type? RuntimeType { get; }

    /// <summary>The GraphQL name of the extended object type, when given by name.</summary>
    public string? Name { get; }

    /// <summary>
    /// Fields of the extended type to remove, by GraphQL name (e.g. a raw <c>authorId</c> that the
    /// extension replaces with an <c>author</c> field).
    /// </summary>
    public string[] IgnoreFields { get; init; } = [];
}
