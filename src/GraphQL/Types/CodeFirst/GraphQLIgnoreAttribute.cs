namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Leaves a property, method, input property or enum value out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field, AllowMultiple = false)]
public sealed class GraphQLIgnoreAttribute : Attribute;
