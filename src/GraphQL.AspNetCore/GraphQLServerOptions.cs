namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// How the GraphQL endpoint behaves, bound from the configuration section <see cref="SectionName"/>
/// (<c>GraphQL</c>): <c>GraphQL:MaxRequestBodyBytes</c>, <c>GraphQL:EnableBatching</c>,
/// <c>GraphQL:Ide:Enabled</c>... (environment variables: <c>GraphQL__Ide__Enabled</c>).
/// Change them in code with <see cref="GraphQLServerBuilder.ModifyOptions"/>.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>The default of <see cref="MaxRequestBodyBytes"/>: 2 MiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 2L * 1024 * 1024;

    /// <summary>
    /// The largest request body accepted, in bytes (default 2 MiB); a larger one is refused with
    /// 413 and a GraphQL error. At most <see cref="Array.MaxLength"/>.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>Accepts a JSON array of requests in one POST, answered by a JSON array of responses (default false).</summary>
    public bool EnableBatching { get; set; }

    /// <summary>The most requests one batch may hold (default 10).</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Executes queries sent with GET (default true); mutations are never executed over GET.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Serves the schema as SDL at <c>GET &lt;path&gt;?sdl</c> (default true).</summary>
    public bool EnableSchemaDownload { get; set; } = true;

    /// <summary>
    /// Returns the messages of exceptions thrown by resolvers to clients. Null (the default) means:
    /// only in the Development environment. Stack traces are never returned.
    /// </summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>The Banana Cake Pop IDE served at the endpoint's path.</summary>
    public GraphQLIdeOptions Ide { get; } = new();
}
