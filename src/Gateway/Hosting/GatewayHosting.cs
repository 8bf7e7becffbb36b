using Gateway.Eclaire;
using Gateway.Api;
using Gateway.Fetching;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Validation;
using Gateway.Sandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace Gateway.Hosting;

/// <summary>
/// Composes the gateway: <c>builder.AddGateway()</c> registers the caches (response cache, upstream cache, shared budget;
/// see <see cref="GatewayCaching"/>), the schema, the ECLAIRE client and, in Development, the in-process sandbox; <c>app.MapGateway()</c> maps <c>/graphql</c> (and the sandbox's routes when mounted).
/// </summary>
internal static class GatewayHosting
{
    /// <summary>Whether the sandbox is mounted: <c>Sandbox:Enabled</c>, unless <c>Eclaire:BaseUrl</c> is set.</summary>
    public static bool UsesSandbox(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var enabled = configuration.GetSection(SandboxHostingOptions.SectionName).Get<SandboxHostingOptions>()?.Enabled ?? false;
        return enabled && string.IsNullOrWhiteSpace(configuration[EclaireOptions.SectionName + ":BaseUrl"]);
    }

    /// <summary>Registers the GraphQL server with the gateway's schema, the ECLAIRE client, and the sandbox when used.</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        KeepRequestUrlsOutOfLogs(builder.Logging);

        // Caches first: with Redis, the shared ECLAIRE budget must be registered before the client's default one.
        builder.Services.AddGatewayCaches(builder.Configuration);
        builder.Services.AddGraphQLServer()
            .AddSchema(_ => GatewaySchema.Build())
            .ModifyRequestExecutorOptions(RedactHealthData)
            .AddResponseCache();
        var eclaire = builder.Services.AddEclaireClient(builder.Configuration).AddEclaireUpstreamCache();
        builder.AddPosos(UsesSandbox(builder.Configuration));

        if (UsesSandbox(builder.Configuration))
        {
            builder.Services.Configure<SandboxOptions>(builder.Configuration.GetSection(SandboxHostingOptions.SectionName));
            builder.Services.AddSandbox();

            // The client's base is this host's sandbox prefix; InProcessSandboxHandler sets the listening address per request.
            builder.Services.AddOptions<EclaireOptions>().PostConfigure<IOptions<SandboxOptions>>((options, sandbox) =>
                options.BaseUrl = new Uri("http://localhost" + NormalizePrefix(sandbox.Value.Eclaire.PathPrefix) + "/"));
            eclaire.AddHttpMessageHandler(services => new InProcessSandboxHandler(services.GetRequiredService<IServer>()));
        }

        return builder;
    }

    /// <summary>Maps <c>/graphql</c>, the sandbox's routes when it is mounted, and says in the log where ECLAIRE is.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGraphQL("/graphql");

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(GatewayLog.Category);
        app.LogPosos(UsesSandbox(app.Configuration));
        if (UsesSandbox(app.Configuration))
        {
            app.MapSandbox();
            var sandbox = app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.Eclaire;
            var routes = NormalizePrefix(sandbox.PathPrefix) + "/R4";
            GatewayLog.SandboxMounted(logger, routes, sandbox.Scale, sandbox.Seed);
        }
        else
        {
            if (app.Configuration.GetSection(SandboxHostingOptions.SectionName).Get<SandboxHostingOptions>()?.Enabled == true)
            {
                GatewayLog.SandboxIgnored(logger);
            }

            var baseUrl = app.Services.GetRequiredService<IOptions<EclaireOptions>>().Value.BaseUrl;
            var shown = new UriBuilder(baseUrl) { UserName = string.Empty, Password = string.Empty, Query = string.Empty }.Uri.ToString();
            GatewayLog.UsingEclaire(logger, shown);
        }

        return app;
    }

    /// <summary>The category of ASP.NET Core's request lines (<c>Request starting HTTP/1.1 GET http://host/graphql?query=...</c>).</summary>
    public const string RequestLineCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// ASP.NET Core's request lines (Information) carry the whole URL, and the URL of a GET request carries its query and
    /// variables: a patient's birth date, SNOMED CT codes, drugs. Their category stays at Warning whatever the configured
    /// levels (a rule on the category itself, later than the configuration's, wins over <c>Default</c> and
    /// <c>Microsoft.AspNetCore</c>); its warnings and errors, which carry no URL, still come through.
    /// </summary>
    private static void KeepRequestUrlsOutOfLogs(ILoggingBuilder logging) =>
        logging.AddFilter(RequestLineCategory, LogLevel.Warning);

    private static string NormalizePrefix(string? prefix) =>
        string.IsNullOrWhiteSpace(prefix) ? string.Empty : "/" + prefix.Trim().Trim('/');

    /// <summary>
    /// Patients' data (birth dates, SNOMED codes, drugs) arrive as variables and arguments: error messages about invalid
    /// values must not repeat them, so the engine's redaction is on (syntax errors, validation and execution).
    /// </summary>
    private static RequestExecutorOptions RedactHealthData(RequestExecutorOptions options) => options with
    {
        Parser = options.Parser with { RedactValues = true },
        Validate = DocumentValidator.Using(ValidationOptions.Default with { RedactValues = true }),
        Execution = options.Execution with { RedactInputValues = true },
    };
}
