namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// The parameter is resolved from the request's services (<see cref="Execution.IResolverContext.Services"/>);
/// it is not an argument. A missing service fails the field, unless the parameter is nullable
/// (<c>IClock? clock</c>) or has a default value, which then receives null.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ServiceAttribute : Attribute;
