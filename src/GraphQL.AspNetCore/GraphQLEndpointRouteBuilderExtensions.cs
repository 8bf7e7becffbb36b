using Gateway.GraphQL.AspNetCore;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint: <c>app.MapGraphQL("/graphql")</c>.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps, at <paramref name="pattern"/> (default <c>/graphql</c>): GraphQL over HTTP (POST with JSON,
    /// GET for queries), the SDL at <c>GET &lt;pattern&gt;?sdl</c>, and, when enabled, the Banana Cake Pop IDE
    /// for browsers (<c>&lt;pattern&gt;/</c> and the files beside it). The schema is built now, so a broken
    /// schema stops the application at start-up.
    /// </summary>
    /// <returns>A builder to add conventions (authorization, CORS, rate limiting...) to the endpoint.</returns>
    public static GraphQLEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var services = endpoints.ServiceProvider;
        if (services.GetService<GraphQLServerMarker>() is null)
        {
            throw new InvalidOperationException(
                "MapGraphQL needs the GraphQL server's services: call builder.Services.AddGraphQLServer().AddSchema(...) first.");
        }

        var options = services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var executor = services.GetRequiredService<RequestExecutor>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(GraphQLHttpLog.Category);
        var ide = options.Ide.Enabled == true ? new BananaCakePopAssets() : null;
        var cache = services.GetService<GraphQLResponseCache>() is { Options.Enabled: true } enabled ? enabled : null;
        var handler = new GraphQLHttpHandler(executor, options, ide, logger, cache);

        var routePattern = pattern.TrimEnd('/') + "/{**" + GraphQLHttpHandler.PathParameter + "}";
        var endpoint = endpoints.Map(routePattern, handler.HandleAsync).WithDisplayName("GraphQL " + pattern);
        GraphQLHttpLog.EndpointMapped(
            logger,
            pattern,
            cache is null ? "off" : "on",
            ide is null ? "off" : "on",
            options.EnableSchemaDownload ? "on" : "off",
            options.EnableBatching ? "on" : "off",
            options.MaxRequestBodyBytes);
        return new GraphQLEndpointConventionBuilder(endpoint);
    }
}
