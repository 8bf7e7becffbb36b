namespace Gateway.Sandbox.Tests;

/// <summary>A small generated data set (scale 0.02, about 380 studies, seed 7): quick to index for full-text tests.</summary>
public sealed class SmallDataSetFixture : IAsyncLifetime
{
    public SandboxHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await SandboxHost.StartAsync(o =>
    {
        o.Eclaire.Scale = 0.02;
        o.Eclaire.Seed = 7;
        o.Eclaire.PublicBaseUrl = "https://eclaire-api.sante.gouv.fr/";
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
