using Gateway.Caching.Redis;
using Gateway.Caching.Tests.Support;
using Gateway.TestSupport;

namespace Gateway.Caching.Tests.Redis;

/// <summary>Connecting, authenticating, selecting, timing out, losing Redis and getting it back: each with a server of its own.</summary>
public sealed class RedisConnectionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Auth_with_a_password()
    {
        await using var server = await RedisServer.StartAsync(password: "s3cret-pass");
        await using var client = await RedisClient.ConnectAsync(server.Configuration);

        await client.SetAsync("k", "v");
        Assert.Equal("v", await client.GetStringAsync("k"));
    }

    [Fact]
    public async Task Auth_with_a_user_and_a_password()
    {
        await using var server = await RedisServer.StartAsync(password: "admin-pass");
        await using (var admin = await RedisClient.ConnectAsync(server.Configuration))
        {
            await admin.ExecuteAsync("ACL", ["SETUSER", "gateway", "on", ">gw-pass", "~gw:*", "+@all"]);
        }

        await using var client = await RedisClient.ConnectAsync($"127.0.0.1:{server.Port},user=gateway,password=gw-pass");

        await client.SetAsync("gw:k", "v");
        Assert.Equal("v", await client.GetStringAsync("gw:k"));
        Assert.Equal("gateway", (await client.ExecuteAsync("ACL", ["WHOAMI"])).AsString());

        // The ACL applies: keys outside gw:* are refused.
        var refused = await Assert.ThrowsAsync<RedisServerException>(() => client.SetAsync("other", "v"));
        Assert.Equal("NOPERM", refused.ErrorCode);
    }

    [Fact]
    public async Task A_wrong_password_is_a_clear_error_that_does_not_show_it()
    {
        await using var server = await RedisServer.StartAsync(password: "right-pass");

        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(
            () => RedisClient.ConnectAsync($"127.0.0.1:{server.Port},password=Wr0ngPa55word,connectRetry=1"));

        Assert.Contains("refused the password", error.Message, StringComparison.Ordinal);
        Assert.Contains("WRONGPASS", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Wr0ngPa55word", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_user_is_refused_without_showing_the_password()
    {
        await using var server = await RedisServer.StartAsync(password: "right-pass");

        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(
            () => RedisClient.ConnectAsync($"127.0.0.1:{server.Port},user=nobody,password=right-pass"));

        Assert.Contains("user 'nobody'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("right-pass", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_password_for_a_protected_server_says_authentication_is_required()
    {
        await using var server = await RedisServer.StartAsync(password: "right-pass");

        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(() => RedisClient.ConnectAsync($"127.0.0.1:{server.Port}"));

        Assert.Contains("requires authentication", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lazy_client_with_a_wrong_password_fails_its_commands_with_the_authentication_error()
    {
        await using var server = await RedisServer.StartAsync(password: "right-pass");
        await using var client = new RedisClient(RedisConnectionOptions.Parse($"127.0.0.1:{server.Port},password=nope-nope"));

        var first = await Assert.ThrowsAsync<RedisAuthenticationException>(() => client.GetAsync("k"));
        var second = await Assert.ThrowsAsync<RedisAuthenticationException>(() => client.GetAsync("k"));

        Assert.DoesNotContain("nope-nope", first.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("nope-nope", second.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_database_selects_on_connect()
    {
        await using var server = await RedisServer.StartAsync();
        await using var db3 = await RedisClient.ConnectAsync(server.Configuration + ",defaultDatabase=3");
        await using var db0 = await RedisClient.ConnectAsync(server.Configuration);

        await db3.SetAsync("k", "in 3");

        Assert.Null(await db0.GetAsync("k"));
        Assert.Equal("in 3", await db3.GetStringAsync("k"));
        await using var another3 = await RedisClient.ConnectAsync(server.Configuration + ",defaultDatabase=3");
        Assert.Equal("in 3", await another3.GetStringAsync("k"));
    }

    [Fact]
    public async Task A_database_out_of_range_fails_the_connection_clearly()
    {
        await using var server = await RedisServer.StartAsync();

        var error = await Assert.ThrowsAsync<RedisConnectionException>(
            () => RedisClient.ConnectAsync(server.Configuration + ",defaultDatabase=99,connectRetry=1"));

        Assert.Contains("SELECT 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_reachable_endpoint_is_used()
    {
        await using var server = await RedisServer.StartAsync();
        using var closed = ReservedPort.Take();

        await using var client = await RedisClient.ConnectAsync($"127.0.0.1:{closed.Port},127.0.0.1:{server.Port},connectTimeout=20000");

        Assert.Equal(server.Port, client.ConnectedEndpoint!.Port);
        await client.PingAsync();
    }

    [Fact]
    public async Task Abort_connect_true_throws_when_nothing_answers()
    {
        using var closed = ReservedPort.Take();

        var error = await Assert.ThrowsAsync<RedisConnectionException>(
            () => RedisClient.ConnectAsync($"127.0.0.1:{closed.Port},connectRetry=2").WaitAsync(Bound));

        Assert.Contains($"127.0.0.1:{closed.Port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionRefused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abort_connect_false_returns_a_client_that_fails_fast_then_connects_when_redis_appears()
    {
        using var closed = ReservedPort.Take();
        var port = closed.Port;
        var options = RedisConnectionOptions.Parse($"127.0.0.1:{port},abortConnect=false");
        options.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
        await using var client = await RedisClient.ConnectAsync(options).WaitAsync(Bound);

        Assert.False(client.IsConnected);
        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => client.GetAsync("k").WaitAsync(Bound));
        Assert.Contains("reconnecting", error.Message, StringComparison.Ordinal);

        // Released only now, for Redis to take: until then nothing else could listen on it.
        closed.Dispose();
        await using var server = await StartOnPortAsync(port);
        await Eventually.TrueAsync(() => client.IsConnected, "the background reconnection");
        await client.SetAsync("k", "v");
        Assert.Equal("v", await client.GetStringAsync("k"));
    }

    [Fact]
    public async Task A_command_without_a_reply_times_out_and_later_commands_work()
    {
        await using var server = await RedisServer.StartAsync();

        // The client's deadlines run on a manual clock: the BLPOP times out when the test says so, and the commands
        // after it cannot time out however slow the machine is.
        var clock = new ManualTimeProvider();
        await using var client = await RedisClient.ConnectAsync(server.Configuration + ",syncTimeout=1500", timeProvider: clock).WaitAsync(Bound);

        // BLPOP on an empty list holds the connection's reply stream (for 600 s, far past the test).
        var blocked = client.ExecuteAsync("BLPOP", ["empty", "600"]);
        await clock.WaitForTimerAsync(clock.GetUtcNow() + TimeSpan.FromMilliseconds(1500));
        Assert.False(blocked.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1500));
        var error = await Assert.ThrowsAsync<RedisTimeoutException>(() => blocked.WaitAsync(Bound));
        Assert.Contains("BLPOP", error.Message, StringComparison.Ordinal);
        Assert.Contains("1500 ms", error.Message, StringComparison.Ordinal);

        // The connection was silent for the whole timeout: it is dropped and rebuilt, so the next command works.
        await Eventually.TrueAsync(() => client.IsConnected, "the rebuilt connection");
        await client.SetAsync("k", "v").WaitAsync(Bound);
        Assert.Equal("v", await client.GetStringAsync("k").WaitAsync(Bound));
    }

    [Fact]
    public async Task A_paused_server_times_commands_out_instead_of_hanging()
    {
        await using var server = await RedisServer.StartAsync();
        await using var client = await RedisClient.ConnectAsync(server.Configuration + ",syncTimeout=500");

        // Frozen until the test thaws it (not paused for a fixed time a slow machine could outlast before the calls).
        await server.FreezeAsync();
        var calls = Enumerable.Range(0, 20).Select(i => client.GetAsync("k" + i)).ToList();

        foreach (var call in calls)
        {
            await Assert.ThrowsAnyAsync<RedisException>(() => call.WaitAsync(Bound));
        }

        await server.ThawAsync();
        await Eventually.TrueAsync(
            () => client.PingAsync().ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default).Result,
            "Redis answering after the pause");
    }

    [Fact]
    public async Task Redis_killed_under_load_fails_callers_fast_and_the_client_reconnects_when_it_returns()
    {
        await using var server = await RedisServer.StartAsync();
        var options = RedisConnectionOptions.Parse(server.Configuration + ",syncTimeout=2000");
        options.ReconnectMaxDelay = TimeSpan.FromMilliseconds(250);
        await using var client = await RedisClient.ConnectAsync(options);

        using var stop = new CancellationTokenSource();
        var successes = 0L;
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var workers = Enumerable.Range(0, 16).Select(w => Task.Run(async () =>
        {
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                var key = $"w{w}:{i++ % 50}";
                try
                {
                    // Every call ends (success or error) within the bound: nothing hangs.
                    await client.SetAsync(key, "v" + i).WaitAsync(Bound);
                    await client.GetAsync(key).WaitAsync(Bound);
                    Interlocked.Increment(ref successes);
                }
                catch (RedisException exception)
                {
                    failures.Add(exception);
                    await Task.Delay(5);
                }
            }
        })).ToList();

        await Eventually.TrueAsync(() => Interlocked.Read(ref successes) > 500, "load before the kill");
        await server.KillAsync();
        await Eventually.TrueAsync(() => failures.Count > 50, "callers failing while Redis is down");
        Assert.All(failures, f => Assert.True(f is RedisConnectionException or RedisTimeoutException, f.GetType().Name));
        Assert.Contains(failures, f => f is RedisConnectionException);
        Assert.False(client.IsConnected);

        await server.StartAsync();
        var before = Interlocked.Read(ref successes);
        await Eventually.TrueAsync(() => Interlocked.Read(ref successes) > before + 500, "load after Redis returned");
        await stop.CancelAsync();
        await Task.WhenAll(workers).WaitAsync(Bound);
        await Eventually.TrueAsync(() => client.IsConnected, "connected at the end");
    }

    [Fact]
    public async Task Commands_in_flight_when_the_connection_drops_fail_with_a_connection_error()
    {
        await using var server = await RedisServer.StartAsync();
        await using var admin = await RedisClient.ConnectAsync(server.Configuration);
        await using var client = await RedisClient.ConnectAsync(server.Configuration + ",syncTimeout=600000");

        // Held by the server (for 600 s, far past the test) once it has it; the kill ends it early.
        var blocked = client.ExecuteAsync("BLPOP", ["empty", "600"]);
        await WaitUntilBlockedAsync(admin, 1);
        await server.KillAsync();

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => blocked.WaitAsync(Bound));
        Assert.Contains("BLPOP", error.Message, StringComparison.Ordinal);
        Assert.Contains("outcome is unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_fails_waiting_commands_and_later_calls()
    {
        await using var server = await RedisServer.StartAsync();
        await using var admin = await RedisClient.ConnectAsync(server.Configuration);
        var client = await RedisClient.ConnectAsync(server.Configuration + ",syncTimeout=600000");
        var blocked = client.ExecuteAsync("BLPOP", ["empty", "600"]);
        await WaitUntilBlockedAsync(admin, 1);

        await client.DisposeAsync();

        await Assert.ThrowsAsync<RedisConnectionException>(() => blocked.WaitAsync(Bound));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetAsync("k"));
        await client.DisposeAsync();
    }

    private static Task<RedisServer> StartOnPortAsync(int port) => RedisServer.StartOnPortAsync(port);

    /// <summary>Waits until the server reports <paramref name="count"/> clients blocked (their BLPOP received and held).</summary>
    private static Task WaitUntilBlockedAsync(RedisClient admin, int count) => Eventually.TrueAsync(
        () => admin.ExecuteAsync("INFO", ["clients"]).GetAwaiter().GetResult().AsString()!
            .Contains($"blocked_clients:{count}\r\n", StringComparison.Ordinal),
        $"{count} client(s) blocked in the server");
}
