using System.Collections.Concurrent;
using System.Reflection;

namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request: one instance of each loader type (or each named inline loader),
/// created on first use with the request's batch scheduler, so their caches live as long as the request.
/// </summary>
public sealed class DataLoaderScope(IBatchScheduler scheduler, IServiceProvider? services = null)
{
    private readonly ConcurrentDictionary<object, IDataLoader> _loaders = new();

    public IBatchScheduler Scheduler { get; } = scheduler;

    /// <summary>
    /// The request's instance of <typeparamref name="T"/>: registered in the services, or constructed
    /// with its public constructor (an <see cref="IBatchScheduler"/>, <see cref="DataLoaderOptions"/> and
    /// services as parameters).
    /// </summary>
    public T GetDataLoader<T>()
        where T : class, IDataLoader =>
        (T)_loaders.GetOrAdd(typeof(T), static (type, scope) => scope.Create((Type)type), this);

    /// <summary>The request's instance of a loader identified by <paramref name="key"/>, created by <paramref name="factory"/>.</summary>
    public T GetOrCreate<T>(string key, Func<IBatchScheduler, T> factory)
        where T : class, IDataLoader =>
        (T)_loaders.GetOrAdd(key, static (_, state) => state.factory(state.scheduler), (factory, scheduler: Scheduler));

    private IDataLoader Create(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"The DataLoader {type.Name} has no public constructor.");
        var arguments = constructor.GetParameters().Select(parameter =>
        {
            if (parameter.ParameterType == typeof(IBatchScheduler))
            {
                return Scheduler;
            }

            if (parameter.ParameterType == typeof(DataLoaderOptions))
            {
                return services?.GetService(typeof(DataLoaderOptions)) ?? DataLoaderOptions.Default;
            }

            return services?.GetService(parameter.ParameterType)
                ?? (parameter.HasDefaultValue ? parameter.DefaultValue : null)
                ?? throw new InvalidOperationException($"The DataLoader {type.Name} needs a {parameter.ParameterType.Name}, which the request's services do not provide.");
        }).ToArray();
        return (IDataLoader)constructor.Invoke(arguments);
    }
}
