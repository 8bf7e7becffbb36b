using Microsoft.Extensions.Logging;

namespace Gateway.Hosting;

/// <summary>The gateway host's log messages (never a query, a variable, a body or a secret).</summary>
internal static partial class GatewayLog
{
    public const string Category = "Gateway";

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "ECLAIRE: the in-process sandbox is mounted at {Prefix} (generated data set, scale {Scale}, seed {Seed}) and the gateway calls it on its own HTTP address. Set Eclaire__BaseUrl=https://eclaire-api.sante.gouv.fr/ to use the real registry.")]
    public static partial void SandboxMounted(ILogger logger, string prefix, double scale, int seed);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "ECLAIRE: {BaseUrl}")]
    public static partial void UsingEclaire(ILogger logger, string baseUrl);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "ECLAIRE: Sandbox:Enabled is ignored because Eclaire:BaseUrl is set.")]
    public static partial void SandboxIgnored(ILogger logger);
}
