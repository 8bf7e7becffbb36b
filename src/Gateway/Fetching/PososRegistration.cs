using System.Collections.Frozen;
using Gateway.Hosting;
using Gateway.Posos;
using Gateway.Posos.Credentials;
using Gateway.Sandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace Gateway.Fetching;

/// <summary>
/// Wires Posos into the host: the Posos client (section <c>Posos</c>: <c>Posos__BaseUrl</c>, <c>Posos__Token</c> or
/// <c>Posos__ServiceAccountKeyFile</c> / <c>Posos__ServiceAccountKeyJson</c>, <c>Posos__Audience</c>,
/// <c>Posos__TokenEndpoint</c>) and, when the in-process sandbox is mounted (Development) and none of those four is set,
/// the sandbox's Posos: base <c>/sandbox/posos/</c> on the host's own address, the sandbox's token. Without credentials
/// the gateway starts all the same; the Posos fields then answer <c>UPSTREAM_NOT_CONFIGURED</c>.
/// </summary>
internal static class PososRegistration
{
    private static readonly FrozenSet<string> ExplicitSettings = FrozenSet.Create(StringComparer.Ordinal, "BaseUrl", "Token", "ServiceAccountKeyFile", "ServiceAccountKeyJson");

    /// <summary>Whether Posos is the sandbox's: the sandbox is mounted and no Posos setting says otherwise.</summary>
    public static bool UsesSandbox(IConfiguration configuration, bool sandboxMounted)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return sandboxMounted && ExplicitSettings.All(name => string.IsNullOrWhiteSpace(configuration[PososOptions.SectionName + ":" + name]));
    }

    /// <summary>Registers the Posos client, pointed at the mounted sandbox when <see cref="UsesSandbox"/>.</summary>
    public static WebApplicationBuilder AddPosos(this WebApplicationBuilder builder, bool sandboxMounted)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var posos = builder.Services.AddPososClient(builder.Configuration);
        if (UsesSandbox(builder.Configuration, sandboxMounted))
        {
            builder.Services.AddOptions<PososOptions>().PostConfigure<IOptions<SandboxOptions>>((options, sandbox) =>
            {
                var prefix = sandbox.Value.Posos.PathPrefix?.Trim().Trim('/');
                options.BaseUrl = new Uri("http://localhost/" + (string.IsNullOrEmpty(prefix) ? string.Empty : prefix + "/"));
                options.Token = sandbox.Value.Posos.Token;
            });
            posos.AddHttpMessageHandler(services => new InProcessSandboxHandler(services.GetRequiredService<IServer>()));
        }

        return builder;
    }

    /// <summary>Says in the log where Posos is and which credentials are used (never the token itself).</summary>
    public static WebApplication LogPosos(this WebApplication app, bool sandboxMounted)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(GatewayLog.Category);
        var options = app.Services.GetRequiredService<IOptions<PososOptions>>().Value;
        var endpoint = new UriBuilder(new Uri(options.BaseUrl, options.GraphQLPath)) { UserName = string.Empty, Password = string.Empty, Query = string.Empty }.Uri;
        var shown = endpoint.ToString();
        if (UsesSandbox(app.Configuration, sandboxMounted))
        {
            PososStartupLog.Sandbox(logger, endpoint.AbsolutePath);
        }
        else if (!app.Services.GetRequiredService<IPososCredentials>().IsConfigured)
        {
            PososStartupLog.NotConfigured(logger, shown);
        }
        else
        {
            var credentials = string.IsNullOrWhiteSpace(options.Token) ? "a service-account key" : "a bearer token";
            PososStartupLog.Using(logger, shown, credentials);
        }

        return app;
    }
}
