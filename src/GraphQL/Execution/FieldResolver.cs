namespace Gateway.GraphQL.Execution;

/// <summary>
/// Produces a field's value. Synchronous resolvers return a completed <see cref="ValueTask{TResult}"/>
/// (no allocation); the executor only pays for asynchrony when a resolver really awaits.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
