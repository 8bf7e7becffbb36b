namespace Gateway.GraphQL.Execution;

/// <summary>Names the object type of a value returned for an interface or union field; null if unknown.</summary>
public delegate string? TypeResolver(object value, IResolverContext context);
