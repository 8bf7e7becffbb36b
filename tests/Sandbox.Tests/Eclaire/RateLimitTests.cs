using System.Net.Http.Json;
using Gateway.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.Tests.Eclaire;

/// <summary>The API's throttler (off by default): 429 with NestJS's body once a client exceeds its window.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Throttling_is_off_by_default()
    {
        await using var host = await SandboxHost.StartE2eIndexAsync();

        for (var i = 0; i < 120; i++)
        {
            Assert.Equal(200, (await Json.GetAsync(host.Client, "/api/statistics")).Status);
        }
    }

    [Fact]
    public async Task Over_the_limit_the_API_answers_429_until_the_window_ends()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 4, 29, 8, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(
            o =>
            {
                o.Eclaire.DataSet = Gateway.Sandbox.Eclaire.Data.EclaireDataSetKind.TestFixtures;
                o.Eclaire.RateLimit = new EclaireRateLimitOptions { Enabled = true, PermitLimit = 3, WindowSeconds = 60 };
            },
            services => services.AddSingleton<TimeProvider>(clock));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await Json.GetAsync(host.Client, "/R4/ResearchStudy")).Status);
        }

        using var refused = await host.Client.GetAsync("/api/statistics");
        Assert.Equal(429, (int)refused.StatusCode);
        Assert.Equal("application/json; charset=utf-8", refused.Content.Headers.ContentType!.ToString());
        Assert.Equal("{\"statusCode\":429,\"message\":\"ThrottlerException: Too Many Requests\"}", await refused.Content.ReadAsStringAsync());
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());

        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(200, (await Json.GetAsync(host.Client, "/api/statistics")).Status);
    }

    [Fact]
    public async Task Throttling_can_be_switched_on_at_run_time()
    {
        await using var host = await SandboxHost.StartE2eIndexAsync();
        using var put = await host.Client.PutAsJsonAsync("/_sandbox/rate-limit", new { enabled = true, permitLimit = 1, windowSeconds = 60 });
        Assert.Equal(200, (int)put.StatusCode);

        Assert.Equal(200, (await Json.GetAsync(host.Client, "/api/statistics")).Status);
        Assert.Equal(429, (await Json.GetAsync(host.Client, "/api/statistics")).Status);
    }
}
