using Microsoft.Extensions.Logging;

namespace Gateway.Eclaire.Resilience;

/// <summary>
/// The client's log messages. They carry the route (path only: never the query string) and the status, never a body.
/// </summary>
internal static partial class EclaireLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "ECLAIRE {Method} {Route} answered {Status} in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string method, string route, int status, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "ECLAIRE attempt {Attempt} follows a transient failure (status {Status}, exception {Exception}); waiting {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, int attempt, int? status, string? exception, double delayMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "ECLAIRE circuit opened for {BreakSeconds} s")]
    public static partial void CircuitOpened(ILogger logger, double breakSeconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "ECLAIRE circuit closed")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "ECLAIRE {Method} {Route} failed: {Failure}")]
    public static partial void Failed(ILogger logger, string method, string route, string failure);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "ECLAIRE {Method} {Route} refused by the outbound budget")]
    public static partial void Throttled(ILogger logger, string method, string route);
}
