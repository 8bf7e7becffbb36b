using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Gateway.TestSupport;

namespace Gateway.Tests.Caching;

/// <summary>
/// Redis is never a single point of failure: killed in the middle of a load on two instances, no client request fails
/// (the caches fall back to memory, the budget to a local share, the circuit breaker stops waiting on Redis); when it
/// comes back, the instances share their answers again.
/// </summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private const int Workers = 6;
    private const int RequestsPerWorker = 45;

    private CachingTopology _topology = null!;

    public async Task InitializeAsync() => _topology = await CachingTopology.StartAsync(instances: 2);

    public async Task DisposeAsync() => await _topology.DisposeAsync();

    [Fact]
    public async Task Redis_killed_mid_load_fails_no_request_and_sharing_resumes_when_it_returns()
    {
        var ids = await _topology.StudyIdsAsync(8);
        var redis = _topology.Redis!;
        var results = new ConcurrentBag<CachedQueryResult>();
        var sent = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var restarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task WorkAsync(int worker)
        {
            for (var i = 0; i < RequestsPerWorker; i++)
            {
                var n = Interlocked.Increment(ref sent);
                if (n == Workers * RequestsPerWorker / 3)
                {
                    await redis.KillAsync();
                    killed.SetResult();
                }
                else if (n == Workers * RequestsPerWorker * 2 / 3)
                {
                    await killed.Task;
                    await redis.StartAsync();
                    restarted.SetResult();
                }

                var id = ids[(worker + i) % ids.Count];
                var query = i % 3 == 0
                    ? "query($id: ID!) { study(id: $id) { title sites { city } } }"
                    : "query($id: ID!) { study(id: $id) { title statusLabel } }";
                results.Add(await _topology.QueryAsync((worker + i) % 2, query, new { id }));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(WorkAsync));
        await restarted.Task;

        Assert.Equal(Workers * RequestsPerWorker, results.Count);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(results, r => Assert.False(r.HasErrors, r.ToString()));
        Assert.Contains(results, r => r.XCache == "HIT");

        // Back to sharing: an answer one instance computes is a hit on the other (after the breaker's probe and the
        // client's reconnection).
        var recovered = false;
        var deadline = DateTime.UtcNow + Eventually.HangGuard;
        for (var first = 1; !recovered && DateTime.UtcNow < deadline; first++)
        {
            var query = string.Create(CultureInfo.InvariantCulture, $"{{ studies(first: {first}) {{ totalCount nodes {{ title }} }} }}");
            var miss = await _topology.QueryAsync(0, query);
            Assert.False(miss.HasErrors, miss.ToString());
            recovered = (await _topology.QueryAsync(1, query)).XCache == "HIT";
            if (!recovered)
            {
                await Task.Delay(200);
            }
        }

        Assert.True(recovered, "The instances never shared an answer again after Redis came back.");
    }
}
