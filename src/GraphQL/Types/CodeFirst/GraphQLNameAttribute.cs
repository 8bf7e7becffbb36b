namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Gives a type, field, argument, input field or enum value the GraphQL name <see cref="Name"/> instead of the conventional one.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = false)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
