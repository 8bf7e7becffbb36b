namespace Gateway.Sandbox.Tests;

/// <summary>The API's e2e index, for the snapshot fidelity suite.</summary>
public sealed class E2eIndexFixture : IAsyncLifetime
{
    public SandboxHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await SandboxHost.StartE2eIndexAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
