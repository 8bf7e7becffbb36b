namespace Gateway.GraphQL.Tests.CodeFirst;

/// <summary>A tiny service provider: instances by type.</summary>
public sealed class TestServices : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    public TestServices Add<T>(T instance)
        where T : notnull
    {
        _services[typeof(T)] = instance;
        return this;
    }

    public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);
}
