using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>What <see cref="GraphQLServerBuilder"/> collected to build the <see cref="RequestExecutor"/>.</summary>
internal sealed class GraphQLExecutorSetup
{
    public Func<IServiceProvider, Schema>? SchemaFactory { get; set; }

    public List<Func<RequestExecutorOptions, RequestExecutorOptions>> ExecutorOptionModifiers { get; } = [];
}
