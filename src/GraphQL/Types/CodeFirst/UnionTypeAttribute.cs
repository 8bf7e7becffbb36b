namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Makes a marker interface (or base class) a GraphQL union: its members are the object types of the
/// schema whose CLR type implements (derives from) it. Register the members with
/// <see cref="CodeFirstSchemaBuilder.AddType{T}"/> unless a field already reaches them.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class UnionTypeAttribute : Attribute
{
    public UnionTypeAttribute()
    {
    }

    public UnionTypeAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The GraphQL name; null for the conventional one.</summary>
    public string? Name { get; }
}
