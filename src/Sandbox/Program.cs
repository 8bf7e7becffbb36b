using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Sandbox;

/// <summary>Runs the sandbox alone: <c>dotnet run --project src/Sandbox -- --urls http://127.0.0.1:5100 --seed 1 --scale 1</c>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSandbox();
        var app = builder.Build();
        app.MapSandbox();
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
