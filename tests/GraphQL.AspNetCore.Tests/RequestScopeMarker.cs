namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>A scoped service: one per HTTP request, so resolvers can show they get the request's services.</summary>
public sealed class RequestScopeMarker
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}
