namespace Gateway.Sandbox.Tests;

/// <summary>A sandbox whose Posos catalog is loaded once for the Posos tests (ECLAIRE reduced to the e2e index).</summary>
public sealed class PososFixture : IAsyncLifetime
{
    public SandboxHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await SandboxHost.StartE2eIndexAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
