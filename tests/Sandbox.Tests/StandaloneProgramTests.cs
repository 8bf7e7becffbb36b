using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Sandbox.Tests;

/// <summary>The standalone sandbox (dotnet run --project src/Sandbox): its entry point and configuration.</summary>
public sealed class StandaloneProgramTests
{
    [Fact]
    public async Task Help_prints_the_options()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await Program.Main(["--help"]));
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Contains("--seed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--scale", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_standalone_host_serves_every_upstream_from_its_configuration()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Sandbox:Eclaire:Scale", "0.01");
            builder.UseSetting("Sandbox:WarmUpInBackground", "false");
        });
        using var client = factory.CreateClient();

        var statistics = Json.Parse((await Json.GetAsync(client, "/api/statistics")).Body);
        var search = await Json.GetAsync(client, "/R4/ResearchStudy?_count=1");
        using var token = await client.PostAsync("/token", new FormUrlEncodedContent([]));

        Assert.Equal(191, statistics["Total_etudes"]!.GetValue<int>());
        Assert.Equal(200, search.Status);
        Assert.Equal(400, (int)token.StatusCode);
    }
}
