namespace Gateway.GraphQL.Execution;

/// <summary>A service provider with no services, for executions without a host.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static EmptyServiceProvider Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
