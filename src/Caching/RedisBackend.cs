using Gateway.Caching.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Caching;

/// <summary>
/// The process's one Redis client (null when <c>Redis:Configuration</c> is unset), created without connecting: it
/// connects on first use and reconnects by itself. Disposed with the service provider.
/// </summary>
internal sealed class RedisBackend : IAsyncDisposable
{
    public RedisBackend(IOptions<RedisOptions> options, ILoggerFactory loggers, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        if (!string.IsNullOrWhiteSpace(options.Value.Configuration))
        {
            var connection = RedisConnectionOptions.Parse(options.Value.Configuration);
            Client = new RedisClient(connection, loggers.CreateLogger<RedisClient>(), timeProvider);
        }
    }

    public RedisClient? Client { get; }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync().ConfigureAwait(false);
        }
    }
}
