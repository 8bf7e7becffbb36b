namespace Gateway.Caching.Tests.Support;

/// <summary>One redis-server shared by the tests of the "redis" collection; each test uses keys of its own.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private RedisServer? _server;

    internal RedisServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public string Configuration => Server.Configuration;

    public int Port => Server.Port;

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A key prefix no other test uses.</summary>
    public static string UniquePrefix() => "t:" + Guid.NewGuid().ToString("N")[..12] + ":";
}
