using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// The transport's log messages. They never hold variables, response data or stack traces: an exception
/// is logged by its type and message only.
/// </summary>
internal static partial class GraphQLHttpLog
{
    public const string Category = "Gateway.GraphQL.AspNetCore";

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "A resolver failed at {Path}: {ExceptionType}: {ExceptionMessage}")]
    public static partial void ResolverFailed(ILogger logger, string path, string? exceptionType, string exceptionMessage);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "The GraphQL request {Method} {Path} failed unexpectedly: {ExceptionType}: {ExceptionMessage}")]
    public static partial void RequestFailed(ILogger logger, string method, PathString path, string? exceptionType, string exceptionMessage);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "The client aborted the GraphQL request {Method} {Path}")]
    public static partial void RequestAborted(ILogger logger, string method, PathString path);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "GraphQL endpoint mapped at {Pattern} (response cache {CacheState}, IDE {IdeState}, SDL download {SdlState}, batching {BatchingState}, max body {MaxRequestBodyBytes} bytes)")]
    public static partial void EndpointMapped(ILogger logger, string pattern, string cacheState, string ideState, string sdlState, string batchingState, long maxRequestBodyBytes);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "A background refresh of a cached GraphQL response failed ({ExceptionType}); the stale entry is still answered")]
    public static partial void RefreshFailed(ILogger logger, string? exceptionType);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "A background refresh of a cached GraphQL response produced an answer that is not cacheable (errors); the stale entry is still answered")]
    public static partial void RefreshNotStored(ILogger logger);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "The response cache's {Operation} failed ({ExceptionType}); the request goes on without it")]
    public static partial void CacheFailed(ILogger logger, string operation, string? exceptionType);

    /// <summary>
    /// One line per request, the access log: method, path without its query string (a GET request's query string
    /// holds the document and its variables, patients' data among them), status and duration.
    /// </summary>
    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "GraphQL {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void RequestCompleted(ILogger logger, string method, PathString path, int statusCode, double elapsedMilliseconds);
}
