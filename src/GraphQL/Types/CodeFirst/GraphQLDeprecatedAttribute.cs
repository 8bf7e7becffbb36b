namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Marks a field, argument, input field or enum value <c>@deprecated(reason: ...)</c>. <see cref="ObsoleteAttribute"/>
/// has the same effect (its message is the reason; without one, "No longer supported").
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = false)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
