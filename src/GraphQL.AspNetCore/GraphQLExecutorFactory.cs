using Gateway.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>Builds the application's one <see cref="RequestExecutor"/> from the schema and options registered.</summary>
internal static class GraphQLExecutorFactory
{
    public static RequestExecutor Create(IServiceProvider services)
    {
        var setup = services.GetRequiredService<IOptions<GraphQLExecutorSetup>>().Value;
        var serverOptions = services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(GraphQLHttpLog.Category);
        var schema = setup.SchemaFactory?.Invoke(services)
            ?? throw new InvalidOperationException(
                "The GraphQL server has no schema: call builder.Services.AddGraphQLServer().AddSchema(...).");

        var defaults = RequestExecutorOptions.Default;
        var options = defaults with
        {
            Execution = defaults.Execution with
            {
                IncludeExceptionDetails = serverOptions.IncludeExceptionDetails == true,
                OnResolverException = (exception, path) =>
                    GraphQLHttpLog.ResolverFailed(logger, FormatPath(path), exception.GetType().FullName, exception.Message),
            },
        };

        foreach (var modify in setup.ExecutorOptionModifiers)
        {
            options = modify(options) ?? throw new InvalidOperationException("A ModifyRequestExecutorOptions callback returned null.");
        }

        return new RequestExecutor(schema, options);
    }

    private static string FormatPath(IReadOnlyList<object> path) => string.Join('.', path);
}
