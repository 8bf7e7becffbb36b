using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Sandbox;

/// <summary>
/// Runs the sandbox alone: <c>dotnet run --project src/Sandbox -- --urls http://127.0.0.1:5100 [--seed 1]
/// [--scale 1] [--dataset Generated|TestFixtures] [--public-url http://host/] [--posos-token sandbox-token]
/// [--rate-limit true]</c>. Every option can also be set from configuration (section <c>Sandbox</c>,
/// e.g. <c>Sandbox__Eclaire__Scale=0.1</c>).
/// </summary>
internal sealed class Program
{
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--seed"] = "Sandbox:Eclaire:Seed",
        ["--scale"] = "Sandbox:Eclaire:Scale",
        ["--dataset"] = "Sandbox:Eclaire:DataSet",
        ["--public-url"] = "Sandbox:Eclaire:PublicBaseUrl",
        ["--page-size"] = "Sandbox:Eclaire:DefaultPageSize",
        ["--rate-limit"] = "Sandbox:Eclaire:RateLimit:Enabled",
        ["--rate-limit-permits"] = "Sandbox:Eclaire:RateLimit:PermitLimit",
        ["--posos-token"] = "Sandbox:Posos:Token",
        ["--service-account-key"] = "Sandbox:Google:ServiceAccountPublicKeyPem",
        ["--warm-up"] = "Sandbox:WarmUpInBackground",
    };

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            await Console.Out.WriteLineAsync(
                "Gateway.Sandbox: local stand-ins for ECLAIRE (/R4, /api/statistics), Posos (/aort/v1/graphql, /autocomplete-api) and Google's token endpoint (/token).\n"
                + "Options: --urls <url>  " + string.Join("  ", Switches.Keys.Select(k => k + " <value>"))).ConfigureAwait(false);
            return 0;
        }

        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal) { ["Sandbox:WarmUpInBackground"] = "true" });
        builder.Configuration.AddCommandLine(args, Switches);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<SandboxOptions>(builder.Configuration.GetSection("Sandbox"));
        builder.Services.AddSandbox();
        var app = builder.Build();
        app.MapSandbox();
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
