using System.Linq.Expressions;
using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// A resolver expression compiled on its first call (schemas with many fields build fast; each field
/// pays the compilation once). Concurrent first calls may compile twice; either result is used.
/// </summary>
internal sealed class LazyResolver(Expression<FieldResolver> expression)
{
    private FieldResolver? _compiled;

    public ValueTask<object?> Resolve(IResolverContext context) => (_compiled ??= expression.Compile())(context);
}
