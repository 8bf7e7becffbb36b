namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Makes a class (usually abstract) a GraphQL interface type; its subclasses in the schema implement it.
/// C# interfaces are interface types without this attribute; on them it only sets the name.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class InterfaceTypeAttribute : Attribute
{
    public InterfaceTypeAttribute()
    {
    }

    public InterfaceTypeAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The GraphQL name; null for the conventional one.</summary>
    public string? Name { get; }
}
