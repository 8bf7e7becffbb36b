using Microsoft.Extensions.Logging;

namespace Gateway.Posos.Resilience;

/// <summary>
/// The client's log messages. They carry the upstream, the route (path only: never the query string), the GraphQL
/// operation name and the status; never a token, a header value, a body or variables.
/// </summary>
internal static partial class PososLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Upstream} {Method} {Route} (operation {Operation}) answered {Status} in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, PososUpstream upstream, string method, string route, string operation, int status, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Upstream} attempt {Attempt} follows a transient failure (status {Status}, exception {Exception}); waiting {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, PososUpstream upstream, int attempt, int? status, string? exception, double delayMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "{Upstream} circuit opened for {BreakSeconds} s")]
    public static partial void CircuitOpened(ILogger logger, PososUpstream upstream, double breakSeconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{Upstream} circuit closed")]
    public static partial void CircuitClosed(ILogger logger, PososUpstream upstream);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Upstream} {Method} {Route} (operation {Operation}) failed: {Failure}")]
    public static partial void Failed(ILogger logger, PososUpstream upstream, string method, string route, string operation, string failure);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Posos {Route} (operation {Operation}) refused the credentials with {Status}")]
    public static partial void Refused(ILogger logger, string route, string operation, int status);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Posos ID token obtained for {ServiceAccount}, valid until {ExpiresAt:O}, replaced from {RefreshAt:O}")]
    public static partial void TokenObtained(ILogger logger, string serviceAccount, DateTimeOffset expiresAt, DateTimeOffset refreshAt);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Posos ID token refresh failed ({Failure}); the current token, valid until {ExpiresAt:O}, is used meanwhile")]
    public static partial void TokenRefreshFailed(ILogger logger, string failure, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 9, Level = LogLevel.Error, Message = "Posos ID token exchange failed: {Failure}")]
    public static partial void TokenExchangeFailed(ILogger logger, string failure);

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Posos operation {Operation} answered {Status} with {ErrorCount} GraphQL errors")]
    public static partial void OperationResult(ILogger logger, string operation, int status, int errorCount);
}
