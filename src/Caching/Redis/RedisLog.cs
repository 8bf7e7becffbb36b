using Microsoft.Extensions.Logging;

namespace Gateway.Caching.Redis;

/// <summary>The Redis client's log messages: endpoints and failure reasons, never a password, key or value.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Redis connected to {Endpoint} (database {Database}, tls {Tls})")]
    public static partial void Connected(ILogger logger, RedisEndpoint endpoint, int database, bool tls);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Redis connection attempt {Attempt} failed: {Reason}; next attempt in {DelayMs} ms")]
    public static partial void ConnectFailed(ILogger logger, int attempt, string reason, long delayMs);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Redis connection to {Endpoint} lost: {Reason}; reconnecting")]
    public static partial void ConnectionLost(ILogger logger, RedisEndpoint endpoint, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Redis at {Endpoint} sent nothing for {TimeoutMs} ms while {Command} waited; dropping the connection")]
    public static partial void Stalled(ILogger logger, RedisEndpoint endpoint, string command, long timeoutMs);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "Redis at {Endpoint} refused CLIENT SETNAME: {Reason}")]
    public static partial void ClientNameRefused(ILogger logger, RedisEndpoint endpoint, string reason);
}
