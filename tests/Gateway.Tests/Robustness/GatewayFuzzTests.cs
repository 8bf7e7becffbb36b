using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Types;
using Gateway.Tests.Support;
using Xunit.Abstractions;

namespace Gateway.Tests.Robustness;

/// <summary>
/// A seeded fuzz of the gateway through HTTP, against the real schema and the sandbox (<see cref="FuzzCorpus"/>: a few
/// hundred requests, the same ones every run). Each answer must be below 500 and, for a GraphQL request, JSON with
/// <c>data</c> and/or <c>errors</c> whose every error has <c>extensions.code</c>; no answer and no log line may hold a
/// stack trace, the Posos token, or a patient's value the request carried (in an error message: data may echo a drug).
/// Every problem found is listed before the test fails.
/// </summary>
public sealed class GatewayFuzzTests(FuzzFixture fuzz, ITestOutputHelper output) : IClassFixture<FuzzFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fuzz.Sandbox.ClearFaultsAsync();

    [Fact]
    public async Task Generated_requests_are_answered_without_a_5xx_an_uncoded_error_or_a_leak()
    {
        var clock = Stopwatch.StartNew();
        var schema = SchemaBuilder.Build(await File.ReadAllTextAsync(RepositoryPaths.SchemaFile));
        var phases = FuzzCorpus.Build(schema, await PoolsAsync());
        var problems = new List<string>();
        var sensitiveSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sent = 0;
        foreach (var phase in phases)
        {
            if (phase.FaultRules is { } rules)
            {
                await fuzz.Sandbox.SetFaultsAsync(rules);
            }
            else
            {
                await fuzz.Sandbox.ClearFaultsAsync();
            }

            foreach (var group in phase.Cases.Chunk(phase.Mode == FuzzMode.Concurrent ? 4 : 1))
            {
                var logsBefore = fuzz.Logs.Lines.Count;
                var found = phase.Mode switch
                {
                    FuzzMode.Concurrent => await Task.WhenAll(group.Concat(group).Select(c => RunAsync(c))),
                    FuzzMode.AbandonThenRepeat => [await AbandonThenRepeatAsync(group[0])],
                    _ => [await RunAsync(group[0])],
                };
                var logs = fuzz.Logs.Lines.Skip(logsBefore).ToList();
                var sensitive = group.SelectMany(c => c.Sensitive).ToList();
                sensitiveSeen.UnionWith(sensitive);
                var name = string.Join(" | ", group.Select(c => c.ToString()));
                problems.AddRange(found.SelectMany(f => f).Concat(FuzzChecks.LogProblems(logs, sensitive, FuzzFixture.PososToken)).Distinct(StringComparer.Ordinal)
                    .Select(problem => $"[{phase.Name}] {name}\n    → {problem}"));
                sent += found.Length * group.Length;
            }
        }

        await fuzz.Sandbox.ClearFaultsAsync();

        // Log lines written after their request was answered (background refreshes, late retries) are checked too.
        problems.AddRange(FuzzChecks.LogProblems(fuzz.Logs.Lines, [.. sensitiveSeen], FuzzFixture.PososToken).Distinct(StringComparer.Ordinal).Select(p => "[whole run] " + p));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sent} requests in {phases.Count} phases, {fuzz.Logs.Lines.Count} log lines, {clock.Elapsed.TotalSeconds:F1} s"));
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {sent} requests:\n" + string.Join("\n", problems.Take(60)));
    }

    /// <summary>The sandbox's ids (the same every run: its data set is generated from a fixed seed).</summary>
    private async Task<FuzzPools> PoolsAsync()
    {
        using var content = new StringContent(
            """{"query":"{ studies(first: 4, order: [{ eclaireId: ASC }]) { nodes { id eclaireId group { id eclaireId } sites { id eclaireId } organization { id } } } }"}""",
            Encoding.UTF8,
            "application/json");
        using var response = await fuzz.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var nodes = document.RootElement.GetProperty("data").GetProperty("studies").GetProperty("nodes").EnumerateArray().ToList();
        var groups = nodes.Select(n => n.GetProperty("group")).Where(g => g.ValueKind == JsonValueKind.Object).ToList();
        var sites = nodes.SelectMany(n => n.GetProperty("sites").EnumerateArray()).ToList();
        var globalIds = nodes.Select(n => n.GetProperty("id").GetString()!)
            .Concat(groups.Select(g => g.GetProperty("id").GetString()!))
            .Concat(sites.Take(3).Select(s => s.GetProperty("id").GetString()!))
            .Concat(nodes.Select(n => n.GetProperty("organization")).Where(o => o.ValueKind == JsonValueKind.Object).Select(o => o.GetProperty("id").GetString()!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new FuzzPools(
            [.. nodes.Select(n => n.GetProperty("eclaireId").GetString()!)],
            [.. groups.Select(g => g.GetProperty("eclaireId").GetString()!)],
            [.. sites.Take(4).Select(s => s.GetProperty("eclaireId").GetString()!)],
            globalIds);
    }

    // The first request is given up after 30 ms (the sandbox answers in 150), the same one is sent again at once.
    private async Task<List<string>> AbandonThenRepeatAsync(FuzzCase fuzzCase)
    {
        using var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));
        var abandoned = RunAsync(fuzzCase, impatient.Token);
        await Task.Delay(TimeSpan.FromMilliseconds(35));
        var repeated = await RunAsync(fuzzCase);
        var first = await abandoned;
        return [.. first, .. repeated];
    }

    private async Task<List<string>> RunAsync(FuzzCase fuzzCase, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(fuzzCase.Method, new Uri(fuzzCase.Target, UriKind.Relative));
        if (fuzzCase.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            if (fuzzCase.ContentType is { } contentType)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var (name, value) in fuzzCase.Headers)
        {
            if (name == "X-Fuzz-Content-Length")
            {
                request.Content!.Headers.ContentLength = long.Parse(value, CultureInfo.InvariantCulture);
            }
            else if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await fuzz.Client.SendAsync(request, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
        catch (TaskCanceledException)
        {
            return ["no answer within " + fuzz.Client.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s (a hang)"];
        }
        catch (HttpRequestException exception) when (exception.InnerException is null or InvalidOperationException or FormatException)
        {
            // The client itself refused to send it (an invalid header value): nothing reached the gateway.
            return [];
        }
        catch (Exception exception)
        {
            return ["the request failed: " + exception];
        }

        using (response)
        {
            byte[] bytes;
            try
            {
                bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return [];
            }

            Dump(fuzzCase, response, bytes);
            return [.. FuzzChecks.ResponseProblems(fuzzCase, response, bytes, FuzzFixture.PososToken)];
        }
    }

    // FUZZ_DUMP=<file>: every case and its answer, to read what the gateway says (not needed to run the test).
    private static void Dump(FuzzCase fuzzCase, HttpResponseMessage response, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("FUZZ_DUMP") is { Length: > 0 } file)
        {
            var text = Encoding.UTF8.GetString(bytes);
            File.AppendAllText(file, $"{fuzzCase}\n  {(int)response.StatusCode} {(text.Length > 1500 ? text[..1500] : text)}\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
        }
    }
}
