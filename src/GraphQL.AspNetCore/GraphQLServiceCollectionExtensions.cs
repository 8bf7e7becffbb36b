using Gateway.GraphQL.AspNetCore;
using Gateway.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GraphQL server: <c>builder.Services.AddGraphQLServer().AddSchema(schema)</c>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL server's services: <see cref="GraphQLServerOptions"/> bound from the
    /// configuration section <c>GraphQL</c> (validated at start-up) and the application's one
    /// <see cref="RequestExecutor"/>. Calling it again returns a builder for the same server.
    /// </summary>
    public static GraphQLServerBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(GraphQLServerMarker)))
        {
            services.AddSingleton<GraphQLServerMarker>();
            services.AddOptions<GraphQLServerOptions>()
                .BindConfiguration(GraphQLServerOptions.SectionName)
                .ValidateOnStart();
            services.AddOptions<GraphQLExecutorSetup>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<GraphQLServerOptions>, GraphQLServerOptionsSetup>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphQLServerOptions>, GraphQLServerOptionsSetup>());
            services.TryAddSingleton(GraphQLExecutorFactory.Create);
        }

        return new GraphQLServerBuilder(services);
    }
}
