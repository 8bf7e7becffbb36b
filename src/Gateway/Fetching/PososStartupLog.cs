using Microsoft.Extensions.Logging;

namespace Gateway.Fetching;

/// <summary>What the gateway says about Posos at start-up (never a token, a key or a query string).</summary>
internal static partial class PososStartupLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Posos: the in-process sandbox at {Path}, with the sandbox's token. Set Posos__BaseUrl and Posos__Token (or Posos__ServiceAccountKeyFile) to use the real API.")]
    public static partial void Sandbox(ILogger logger, string path);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Posos: {Endpoint}, authenticated with {Credentials}.")]
    public static partial void Using(ILogger logger, string endpoint, string credentials);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Posos: {Endpoint}, but no credentials are configured: contraindications, interactions and the suggestions answer UPSTREAM_NOT_CONFIGURED. Set Posos__Token or Posos__ServiceAccountKeyFile.")]
    public static partial void NotConfigured(ILogger logger, string endpoint);
}
