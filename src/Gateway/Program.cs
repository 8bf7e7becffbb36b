using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

var builder = WebApplication.CreateBuilder(args);

// One JSON object per log line, UTC timestamps; the GraphQL transport never logs variables or response data.
builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(options =>
{
    options.UseUtcTimestamp = true;
    options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
    // Accented French text and '+' stay readable; quotes and control characters are still escaped.
    options.JsonWriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
});

builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddHealthChecks();

// The schema, the ECLAIRE client, and in Development the sandbox mounted in-process (see README, "Running the gateway").
builder.AddGateway();

var app = builder.Build();

app.MapHealthChecks("/healthz");
app.MapGateway();

await app.RunAsync().ConfigureAwait(false);

/// <summary>The gateway's entry point (public for the integration tests' <c>WebApplicationFactory&lt;Program&gt;</c>).</summary>
public sealed partial class Program;
