using Microsoft.Extensions.Logging;

namespace Gateway.Caching;

/// <summary>The caching library's log messages: operations and failure reasons, never a cached value.</summary>
internal static partial class CachingLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "Redis circuit opened after {Failures} consecutive failures: Redis is skipped for {BreakSeconds} s ({Exception}: {Reason})")]
    public static partial void CircuitOpened(ILogger logger, int failures, double breakSeconds, string exception, string reason);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Redis circuit closed: Redis is used again")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Redis cache {Operation} failed, the in-memory store answers instead ({Exception}: {Reason})")]
    public static partial void CacheFallback(ILogger logger, string operation, string exception, string reason);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "A cached entry could not be read and is treated as a miss ({Reason})")]
    public static partial void UnreadableEntry(ILogger logger, string reason);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "Shared rate budget unavailable, the local bucket decides instead ({Exception}: {Reason})")]
    public static partial void RateBudgetFallback(ILogger logger, string exception, string reason);

    [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "Caching:ScopeSecret is not set: private cache keys use a per-process secret, so instances do not share private entries")]
    public static partial void EphemeralScopeSecret(ILogger logger);

    [LoggerMessage(EventId = 206, Level = LogLevel.Warning, Message = "Refreshing a stale cache entry failed; the stale entry is served until its grace ends ({Exception})")]
    public static partial void RefreshFailed(ILogger logger, string exception);

    [LoggerMessage(EventId = 207, Level = LogLevel.Warning, Message = "Cache store {Operation} failed and is treated as a miss ({Exception}: {Reason})")]
    public static partial void StoreFailed(ILogger logger, string operation, string exception, string reason);
}
