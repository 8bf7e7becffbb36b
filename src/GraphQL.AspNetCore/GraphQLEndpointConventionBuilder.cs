using Microsoft.AspNetCore.Builder;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// The GraphQL endpoint mapped by <c>MapGraphQL</c>; ASP.NET Core's conventions apply to it as to any
/// endpoint (<c>.RequireAuthorization()</c>, <c>.RequireCors(...)</c>, <c>.RequireRateLimiting(...)</c>).
/// </summary>
public sealed class GraphQLEndpointConventionBuilder : IEndpointConventionBuilder
{
    private readonly IEndpointConventionBuilder _inner;

    internal GraphQLEndpointConventionBuilder(IEndpointConventionBuilder inner)
    {
        _inner = inner;
    }

    /// <inheritdoc />
    public void Add(Action<EndpointBuilder> convention) => _inner.Add(convention);

    /// <inheritdoc />
    public void Finally(Action<EndpointBuilder> finallyConvention) => _inner.Finally(finallyConvention);
}
