namespace Gateway.Sandbox.Tests;

/// <summary>The default data set (19,053 studies, seed 1), built once for the tests that need it.</summary>
public sealed class DefaultDataSetFixture : IAsyncLifetime
{
    public SandboxHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
