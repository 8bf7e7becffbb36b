using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>Options: their defaults, their binding from configuration and their validation at start-up.</summary>
public sealed class OptionsTests
{
    [Fact]
    public async Task Defaults_in_production()
    {
        await using var host = await TestServerHost.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;

        Assert.Equal(2 * 1024 * 1024, options.MaxRequestBodyBytes);
        Assert.False(options.EnableBatching);
        Assert.Equal(10, options.MaxBatchSize);
        Assert.True(options.EnableGetRequests);
        Assert.True(options.EnableSchemaDownload);
        Assert.False(options.IncludeExceptionDetails);
        Assert.False(options.Ide.Enabled);
        Assert.Equal("GraphQL Gateway", options.Ide.Title);
    }

    [Fact]
    public async Task Defaults_in_development()
    {
        await using var host = await TestServerHost.StartAsync(environment: "Development");

        var options = host.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;

        Assert.True(options.IncludeExceptionDetails);
        Assert.True(options.Ide.Enabled);
    }

    [Fact]
    public async Task Options_are_bound_from_the_graphql_section_and_code_changes_apply_after()
    {
        await using var host = await TestServerHost.StartAsync(
            o => o.MaxBatchSize = 3,
            configuration:
            [
                new("GraphQL:EnableBatching", "true"),
                new("GraphQL:MaxBatchSize", "50"),
                new("GraphQL:MaxRequestBodyBytes", "4096"),
                new("GraphQL:Ide:Enabled", "true"),
                new("GraphQL:Ide:IncludeCookies", "true"),
            ]);

        var options = host.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;

        Assert.True(options.EnableBatching);
        Assert.Equal(3, options.MaxBatchSize);
        Assert.Equal(4096, options.MaxRequestBodyBytes);
        Assert.True(options.Ide.Enabled);
        Assert.True(options.Ide.IncludeCookies);
    }

    [Theory]
    [InlineData("GraphQL:MaxRequestBodyBytes", "0")]
    [InlineData("GraphQL:MaxBatchSize", "-1")]
    public async Task Invalid_options_stop_the_application_at_start_up(string key, string value)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => TestServerHost.StartAsync(configuration: [new(key, value)]));

        Assert.Contains(key, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_graphql_without_add_graphql_server_explains_what_is_missing()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains("AddGraphQLServer", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_without_a_schema_explains_what_is_missing()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQLServer();
        using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains("AddSchema", exception.Message, StringComparison.Ordinal);
    }
}
