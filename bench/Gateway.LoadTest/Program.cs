using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.LoadTest;

// A closed-loop load generator: N clients send the scenario mix back to back for a duration, after a warm-up.
// Usage (see bench/Gateway.LoadTest/README.md): dotnet run -c Release --project bench/Gateway.LoadTest -- --url http://127.0.0.1:5000
var options = LoadOptions.Parse(args);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 }) { Timeout = TimeSpan.FromSeconds(60) };

Console.WriteLine($"Gateway {options.Gateway}, sandbox counters at {options.SandboxOrGateway}_sandbox/requests");
await WaitForTextIndexAsync(http, options).ConfigureAwait(false);
var pool = await ReadPoolAsync(http, options.Gateway).ConfigureAwait(false);
var mix = Scenarios.Mix(pool);
var wheel = mix.SelectMany(s => Enumerable.Repeat(s, s.Weight)).ToArray();

Console.WriteLine($"Warm-up {options.Warmup.TotalSeconds:F0} s with {options.Concurrency} clients ({pool.Count} study ids in the pool)...");
await RunAsync(http, options, wheel, options.Warmup).ConfigureAwait(false);

await http.DeleteAsync(new Uri(options.SandboxOrGateway, "_sandbox/requests")).ConfigureAwait(false);
Console.WriteLine($"Measuring {options.Duration.TotalSeconds:F0} s...");
var report = await RunAsync(http, options, wheel, options.Duration).ConfigureAwait(false);
using (var counts = JsonDocument.Parse(await http.GetStringAsync(new Uri(options.SandboxOrGateway, "_sandbox/requests")).ConfigureAwait(false)))
{
    report.UpstreamRequests = counts.RootElement.GetProperty("total").GetInt32();
}

Console.WriteLine();
Console.WriteLine(report);
return 0;

static async Task<LoadReport> RunAsync(HttpClient http, LoadOptions options, Scenario[] wheel, TimeSpan duration)
{
    var stop = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, options.Concurrency).Select(async worker =>
    {
        var report = new LoadReport(duration, options.Concurrency);
        var n = worker * 7919;
        while (stop.Elapsed < duration)
        {
            var scenario = wheel[n % wheel.Length];
            using var content = new StringContent(scenario.Build(n), Encoding.UTF8, "application/json");
            var started = Stopwatch.GetTimestamp();
            List<string> codes;
            try
            {
                using var response = await http.PostAsync(new Uri(options.Gateway, "graphql"), content).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                codes = response.IsSuccessStatusCode ? ErrorCodes(body) : ["HTTP_" + (int)response.StatusCode];
            }
            catch (HttpRequestException)
            {
                codes = ["CONNECTION_FAILED"];
            }

            report.Add(scenario.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, codes);
            n++;
        }

        return report;
    }).ToList();

    var total = new LoadReport(duration, options.Concurrency);
    foreach (var worker in await Task.WhenAll(workers).ConfigureAwait(false))
    {
        total.Merge(worker);
    }

    return total;
}

static List<string> ErrorCodes(byte[] body)
{
    using var document = JsonDocument.Parse(body);
    if (!document.RootElement.TryGetProperty("errors", out var errors))
    {
        return [];
    }

    return [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "?" : "?")];
}

// The study ids the scenarios use: the first 300 of the registry, read through the gateway.
static async Task<List<(string Id, string EclaireId)>> ReadPoolAsync(HttpClient http, Uri gateway)
{
    var pool = new List<(string, string)>();
    string? after = null;
    while (pool.Count < 300)
    {
        using var content = new StringContent(Scenarios.Body(Scenarios.IdPool, new { after }), Encoding.UTF8, "application/json");
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(new Uri(gateway, "graphql"), content).ConfigureAwait(false);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        var studies = document.RootElement.GetProperty("data").GetProperty("studies");
        var nodes = studies.GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("eclaireId").GetString()!)).ToList();
        if (nodes.Count == 0)
        {
            break;
        }

        pool.AddRange(nodes);
        after = studies.GetProperty("pageInfo").GetProperty("endCursor").GetString();
    }

    return pool;
}

// The sandbox builds its full-text index in the background (~10 s at full scale): searches by text wait for it.
static async Task WaitForTextIndexAsync(HttpClient http, LoadOptions options)
{
    for (var attempt = 0; attempt < 120; attempt++)
    {
        try
        {
            using var info = JsonDocument.Parse(await http.GetStringAsync(new Uri(options.SandboxOrGateway, "_sandbox/eclaire")).ConfigureAwait(false));
            if (info.RootElement.GetProperty("textIndexBuilt").GetBoolean())
            {
                Console.WriteLine($"Sandbox: {info.RootElement.GetProperty("studies").GetInt32()} studies, text index ready.");
                return;
            }
        }
        catch (HttpRequestException)
        {
            // Not up yet.
        }

        await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
    }

    throw new InvalidOperationException("The sandbox's text index was not ready after 2 minutes.");
}
