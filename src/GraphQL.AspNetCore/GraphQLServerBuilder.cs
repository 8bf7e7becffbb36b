using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// Configures the GraphQL server registered by <c>services.AddGraphQLServer()</c>: its schema, the
/// endpoint's options and the request executor's options.
/// <code>
/// builder.Services.AddGraphQLServer()
///     .AddSchema(schema)
///     .ModifyOptions(o => o.EnableBatching = true)
///     .ModifyRequestExecutorOptions(o => o with { DocumentCacheSize = 500 });
/// </code>
/// </summary>
public sealed class GraphQLServerBuilder
{
    internal GraphQLServerBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The application's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Serves <paramref name="schema"/> (the last schema added wins).</summary>
    public GraphQLServerBuilder AddSchema(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return AddSchema(_ => schema);
    }

    /// <summary>
    /// Serves the schema <paramref name="factory"/> builds from the application's services; it runs once,
    /// when the executor is first needed (at the latest when <c>MapGraphQL</c> runs).
    /// </summary>
    public GraphQLServerBuilder AddSchema(Func<IServiceProvider, Schema> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.Configure<GraphQLExecutorSetup>(setup => setup.SchemaFactory = factory);
        return this;
    }

    /// <summary>
    /// Puts the response cache in front of execution (see <see cref="GraphQLResponseCacheOptions"/>, section
    /// <c>GraphQL:ResponseCache</c>): entries in <c>Gateway.Caching</c>'s <c>ICacheStore</c>, so register the caching
    /// library too (<c>services.AddGatewayCaching(configuration)</c>). Responses carry <c>Cache-Control</c> from their
    /// cache policy, <c>ETag</c> (<c>If-None-Match</c> answers 304), <c>Age</c> on hits and <c>X-Cache</c>
    /// (HIT, STALE, MISS, BYPASS).
    /// </summary>
    public GraphQLServerBuilder AddResponseCache(Action<GraphQLResponseCacheOptions>? configure = null)
    {
        Services.AddOptions<GraphQLResponseCacheOptions>().BindConfiguration(GraphQLResponseCacheOptions.SectionName).ValidateOnStart();
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphQLResponseCacheOptions>, GraphQLResponseCacheOptionsValidator>());
        Services.TryAddSingleton(TimeProvider.System);
        Services.TryAddSingleton<GraphQLResponseCache>();
        if (configure is not null)
        {
            Services.Configure(configure);
        }

        return this;
    }

    /// <summary>Changes the endpoint's options after they are bound from configuration.</summary>
    public GraphQLServerBuilder ModifyOptions(Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>
    /// Changes the request executor's options (parser limits, validation, execution), e.g.
    /// <c>o =&gt; o with { Validate = ... }</c>. Modifications apply in the order they are added, after
    /// the server's own settings (exception details, resolver-exception logging).
    /// </summary>
    public GraphQLServerBuilder ModifyRequestExecutorOptions(Func<RequestExecutorOptions, RequestExecutorOptions> modify)
    {
        ArgumentNullException.ThrowIfNull(modify);
        Services.Configure<GraphQLExecutorSetup>(setup => setup.ExecutorOptionModifiers.Add(modify));
        return this;
    }
}
