using System.Text.Json;
using Gateway.Sandbox.Common;
using Gateway.Sandbox.Eclaire;
using Gateway.Sandbox.Google;
using Gateway.Sandbox.Posos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.TestSupport;

/// <summary>
/// The test-support routes: request counters (<c>GET/DELETE /_sandbox/requests</c>), fault injection
/// (<c>GET/PUT/DELETE /_sandbox/faults</c>), the ECLAIRE throttler (<c>GET/PUT /_sandbox/rate-limit</c>),
/// the operations Posos received (<c>GET/DELETE /_sandbox/posos/operations</c>), the token exchanges
/// (<c>GET/DELETE /_sandbox/google/exchanges</c>) and the data set's description (<c>GET /_sandbox/eclaire</c>).
/// </summary>
internal static class TestSupportEndpoints
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix);
        group.ExcludeFromDescription();

        group.MapGet("/requests", (RequestCounter counter) => JsonResults.Json(counter.Snapshot(), SandboxJsonContext.Default.RequestCounts));
        group.MapDelete("/requests", (RequestCounter counter) =>
        {
            counter.Reset();
            return TypedResults.NoContent();
        });

        group.MapGet("/faults", (FaultInjector faults) => JsonResults.Json(faults.Current, SandboxJsonContext.Default.FaultConfiguration));
        group.MapPut("/faults", async (HttpContext http, FaultInjector faults) =>
        {
            var configuration = await ReadAsync(http, SandboxJsonContext.Default.FaultConfiguration).ConfigureAwait(false);
            if (configuration is null)
            {
                return Results.BadRequest();
            }

            faults.Configure(configuration);
            return JsonResults.Json(faults.Current, SandboxJsonContext.Default.FaultConfiguration);
        });
        group.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return TypedResults.NoContent();
        });

        group.MapGet("/rate-limit", (IServiceProvider services) =>
            JsonResults.Json(services.GetRequiredService<EclaireSandbox>().RateLimiter.Settings, SandboxJsonContext.Default.EclaireRateLimitOptions));
        group.MapPut("/rate-limit", async (HttpContext http) =>
        {
            var settings = await ReadAsync(http, SandboxJsonContext.Default.EclaireRateLimitOptions).ConfigureAwait(false);
            if (settings is null)
            {
                return Results.BadRequest();
            }

            var limiter = http.RequestServices.GetRequiredService<EclaireSandbox>().RateLimiter;
            limiter.Configure(settings);
            return JsonResults.Json(limiter.Settings, SandboxJsonContext.Default.EclaireRateLimitOptions);
        });

        group.MapGet("/posos/operations", (IServiceProvider services) =>
            JsonResults.Json(services.GetRequiredService<PososSandbox>().Recorder.Snapshot(), PososJsonContext.Default.IReadOnlyListPososOperation));
        group.MapDelete("/posos/operations", (IServiceProvider services) =>
        {
            services.GetRequiredService<PososSandbox>().Recorder.Clear();
            return TypedResults.NoContent();
        });
        group.MapGet("/google/exchanges", (IServiceProvider services) =>
            JsonResults.Json(services.GetRequiredService<GoogleTokenService>().Count, PososJsonContext.Default.TokenExchangeCount));
        group.MapDelete("/google/exchanges", (IServiceProvider services) =>
        {
            services.GetRequiredService<GoogleTokenService>().ResetCount();
            return TypedResults.NoContent();
        });

        group.MapGet("/eclaire", (IServiceProvider services) =>
        {
            var sandbox = services.GetRequiredService<EclaireSandbox>();
            var dataSet = sandbox.DataSet;
            var info = new EclaireDataSetInfo(
                sandbox.Options.DataSet.ToString(),
                sandbox.Options.Seed,
                sandbox.Options.Scale,
                dataSet.Studies.Count,
                dataSet.BuildTime.TotalMilliseconds,
                dataSet.IsTextIndexBuilt,
                dataSet.IsTextIndexBuilt ? dataSet.TextIndex.BuildTime.TotalMilliseconds : null);
            return JsonResults.Json(info, SandboxJsonContext.Default.EclaireDataSetInfo);
        });
        return group;
    }

    /// <summary>Reads a JSON body; null when it is missing or not valid for the type.</summary>
    public static async Task<T?> ReadAsync<T>(HttpContext http, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return await http.Request.ReadFromJsonAsync(type, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
