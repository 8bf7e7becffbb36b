using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>The helpers compiled resolvers and input factories call (generic, so no reflection per call).</summary>
internal static class ResolverRuntime
{
    /// <summary>An argument converted to the parameter's type; default when absent or null.</summary>
    public static T GetArgument<T>(IResolverContext context, string name, Func<object?, object?> converter) =>
        context.Arguments.TryGetValue(name, out var value) ? ConvertValue<T>(value, converter) : default!;

    /// <summary>A coerced input value converted to <typeparamref name="T"/>.</summary>
    public static T ConvertValue<T>(object? value, Func<object?, object?> converter) => value switch
    {
        null => default!,
        T typed => typed,
        _ => (T)converter(value)!,
    };

    /// <summary>An input field for a constructor parameter: converted when given, <paramref name="fallback"/> when absent.</summary>
    public static T ReadInputField<T>(IReadOnlyDictionary<string, object?> fields, string name, Func<object?, object?> converter, T fallback) =>
        fields.TryGetValue(name, out var value) ? ConvertValue<T>(value, converter) : fallback;

    /// <summary>A <c>[Service]</c> parameter from the request's services.</summary>
    public static T? GetService<T>(IResolverContext context, bool optional, string parameter)
    {
        var service = context.Services?.GetService(typeof(T));
        if (service is null && !optional)
        {
            throw new InvalidOperationException($"The service {TypeAnalysis.DisplayName(typeof(T))} needed by {parameter} is not registered in the request's services.");
        }

        return (T?)service;
    }

    public static ValueTask<object?> FromTask<T>(Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTask(task);
    }

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    // No ConfigureAwait(false): the continuation must run where the executor awaits, so that DataLoader
    // batches keep collecting the keys of every waiting resolver (see DataLoaderBase).
#pragma warning disable CA2007, MA0004
    private static async ValueTask<object?> AwaitTask<T>(Task<T> task) => await task;

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task;
#pragma warning restore CA2007, MA0004
}
