using System.Text;
using Gateway.Caching.Redis;
using Gateway.Caching.Tests.Support;

namespace Gateway.Caching.Tests.Redis;

/// <summary>Each command against a real redis-server, through one client.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisClientCommandTests(RedisFixture redis) : IAsyncLifetime
{
    private readonly string _prefix = RedisFixture.UniquePrefix();
    private RedisClient _client = null!;

    public async Task InitializeAsync() => _client = await RedisClient.ConnectAsync(redis.Configuration);

    public async Task DisposeAsync() => await _client.DisposeAsync();

    private string Key(string name) => _prefix + name;

    [Fact]
    public async Task Ping_answers()
    {
        var roundTrip = await _client.PingAsync();

        Assert.True(roundTrip >= TimeSpan.Zero);
        Assert.True(_client.IsConnected);
        Assert.Equal(redis.Port, _client.ConnectedEndpoint!.Port);
    }

    [Fact]
    public async Task Get_of_a_missing_key_is_null()
    {
        Assert.Null(await _client.GetAsync(Key("missing")));
        Assert.Null(await _client.GetStringAsync(Key("missing")));
    }

    [Fact]
    public async Task Set_then_get_round_trips_text_binary_empty_and_large_values()
    {
        var binary = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var large = new byte[3 * 1024 * 1024 + 17];
        new Random(7).NextBytes(large);

        Assert.True(await _client.SetAsync(Key("text"), "héllo\r\nworld"));
        Assert.True(await _client.SetAsync(Key("binary"), binary));
        Assert.True(await _client.SetAsync(Key("empty"), ReadOnlyMemory<byte>.Empty));
        Assert.True(await _client.SetAsync(Key("large"), large));

        Assert.Equal("héllo\r\nworld", await _client.GetStringAsync(Key("text")));
        Assert.Equal(binary, await _client.GetAsync(Key("binary")));
        Assert.Empty((await _client.GetAsync(Key("empty")))!);
        Assert.Equal(large, await _client.GetAsync(Key("large")));
    }

    [Fact]
    public async Task Set_with_px_ex_nx_and_xx()
    {
        // Expiries of many minutes: the lower bounds leave the machine a minute between a SET and its PTTL.
        Assert.True(await _client.SetAsync(Key("px"), "v", TimeSpan.FromMilliseconds(600_500)));
        var pttl = await _client.PTtlAsync(Key("px"));
        Assert.InRange(pttl!.Value, TimeSpan.FromSeconds(540), TimeSpan.FromMilliseconds(600_500));

        Assert.True(await _client.SetAsync(Key("ex"), "v", TimeSpan.FromSeconds(1000)));
        Assert.InRange((await _client.PTtlAsync(Key("ex")))!.Value, TimeSpan.FromSeconds(940), TimeSpan.FromSeconds(1000));

        Assert.True(await _client.SetAsync(Key("nx"), "first", condition: RedisSetCondition.IfNotExists));
        Assert.False(await _client.SetAsync(Key("nx"), "second", condition: RedisSetCondition.IfNotExists));
        Assert.Equal("first", await _client.GetStringAsync(Key("nx")));

        Assert.False(await _client.SetAsync(Key("xx"), "v", condition: RedisSetCondition.IfExists));
        Assert.Null(await _client.GetAsync(Key("xx")));
        Assert.True(await _client.SetAsync(Key("nx"), "third", TimeSpan.FromSeconds(5), RedisSetCondition.IfExists));
        Assert.Equal("third", await _client.GetStringAsync(Key("nx")));
    }

    [Fact]
    public async Task Pttl_tells_missing_keys_and_keys_without_expiry_apart()
    {
        await _client.SetAsync(Key("forever"), "v");

        Assert.Null(await _client.PTtlAsync(Key("nothing")));
        Assert.Equal(Timeout.InfiniteTimeSpan, await _client.PTtlAsync(Key("forever")));

        Assert.True(await _client.PExpireAsync(Key("forever"), TimeSpan.FromSeconds(300)));
        Assert.InRange((await _client.PTtlAsync(Key("forever")))!.Value, TimeSpan.FromSeconds(240), TimeSpan.FromSeconds(300));
        Assert.False(await _client.PExpireAsync(Key("nothing"), TimeSpan.FromSeconds(300)));
    }

    [Fact]
    public async Task Del_and_unlink_count_removed_keys()
    {
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            await _client.SetAsync(Key(name), name);
        }

        Assert.Equal(2, await _client.DeleteAsync([Key("a"), Key("b"), Key("zz")]));
        Assert.True(await _client.UnlinkAsync(Key("c")));
        Assert.False(await _client.DeleteAsync(Key("c")));
        Assert.Equal(1, await _client.UnlinkAsync([Key("d")]));
        Assert.Equal(0, await _client.DeleteAsync(Array.Empty<string>()));
        Assert.All(await _client.MGetAsync([Key("a"), Key("b"), Key("c"), Key("d")]), Assert.Null);
    }

    [Fact]
    public async Task Mget_returns_values_in_key_order_with_nulls()
    {
        await _client.SetAsync(Key("1"), "one");
        await _client.SetAsync(Key("3"), "three");

        var values = await _client.MGetAsync([Key("1"), Key("2"), Key("3")]);

        Assert.Equal(3, values.Length);
        Assert.Equal("one", Encoding.UTF8.GetString(values[0]!));
        Assert.Null(values[1]);
        Assert.Equal("three", Encoding.UTF8.GetString(values[2]!));
        Assert.Empty(await _client.MGetAsync([]));
    }

    [Fact]
    public async Task Incr_counts()
    {
        Assert.Equal(1, await _client.IncrAsync(Key("n")));
        Assert.Equal(2, await _client.IncrAsync(Key("n")));
        Assert.Equal(-8, await _client.IncrByAsync(Key("n"), -10));
    }

    [Fact]
    public async Task Server_errors_carry_their_code_and_leave_the_connection_usable()
    {
        await _client.SetAsync(Key("text"), "not a number");

        var error = await Assert.ThrowsAsync<RedisServerException>(() => _client.IncrAsync(Key("text")));
        Assert.Equal("ERR", error.ErrorCode);
        Assert.Contains("not an integer", error.Message, StringComparison.Ordinal);

        await _client.ExecuteAsync("LPUSH", [Key("list"), "x"]);
        var wrongType = await Assert.ThrowsAsync<RedisServerException>(() => _client.GetAsync(Key("list")));
        Assert.Equal("WRONGTYPE", wrongType.ErrorCode);

        Assert.Equal("not a number", await _client.GetStringAsync(Key("text")));
    }

    [Fact]
    public async Task Execute_sends_any_command_and_returns_nested_replies()
    {
        await _client.ExecuteAsync("RPUSH", [Key("list"), "a", "b", "c"]);

        var range = await _client.ExecuteAsync("LRANGE", [Key("list"), "0", "-1"]);

        Assert.Equal(RedisReplyKind.Array, range.Kind);
        Assert.Equal(["a", "b", "c"], range.Elements.Select(e => e.AsString()));
        var nested = await _client.EvalAsync("return {1, {'x', {2}}, redis.status_reply('OK')}", [], []);
        Assert.Equal(1, nested.Elements[0].Integer);
        Assert.Equal("x", nested.Elements[1].Elements[0].AsString());
        Assert.Equal(2, nested.Elements[1].Elements[1].Elements[0].Integer);
        Assert.Equal(RedisReplyKind.SimpleString, nested.Elements[2].Kind);
    }

    [Fact]
    public async Task Scan_enumerates_every_matching_key_across_pages()
    {
        var expected = Enumerable.Range(0, 1234).Select(i => Key("scan:" + i)).ToHashSet();
        await Task.WhenAll(expected.Select(k => _client.SetAsync(k, "v")));
        await _client.SetAsync(Key("other"), "v");

        var found = new HashSet<string>();
        await foreach (var key in _client.ScanAsync(_prefix + "scan:*", pageSize: 100))
        {
            found.Add(key);
        }

        Assert.Equal(expected.Order(), found.Order());
    }

    [Fact]
    public async Task Evalsha_runs_a_loaded_script_and_evaluate_falls_back_to_eval_after_noscript()
    {
        var script = new RedisScript("return redis.call('INCRBY', KEYS[1], ARGV[1])");
        Assert.Equal(script.Sha1, await _client.ScriptLoadAsync(script.Source));
        Assert.Equal(5, (await _client.EvalShaAsync(script.Sha1, [Key("s")], ["5"])).Integer);

        await _client.ExecuteAsync("SCRIPT", ["FLUSH"]);
        var missing = await Assert.ThrowsAsync<RedisServerException>(() => _client.EvalShaAsync(script.Sha1, [Key("s")], ["1"]));
        Assert.Equal("NOSCRIPT", missing.ErrorCode);

        Assert.Equal(8, (await _client.EvaluateAsync(script, [Key("s")], ["3"])).Integer);

        // EVAL loaded it: EVALSHA works again.
        Assert.Equal(9, (await _client.EvalShaAsync(script.Sha1, [Key("s")], ["1"])).Integer);
    }

    [Fact]
    public async Task A_thousand_concurrent_gets_and_sets_on_one_connection_get_their_own_replies()
    {
        const int count = 1000;
        var sets = Enumerable.Range(0, count).Select(i => _client.SetAsync(Key("c" + i), "value-" + i));
        Assert.All(await Task.WhenAll(sets), Assert.True);

        var gets = Enumerable.Range(0, count).Select(async i => (i, await _client.GetStringAsync(Key("c" + i))));
        var results = await Task.WhenAll(gets);

        Assert.All(results, r => Assert.Equal("value-" + r.i, r.Item2));

        // Interleaved reads and writes of different shapes, from many threads at once.
        var mixed = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            switch (i % 4)
            {
                case 0:
                    Assert.Equal("value-" + i, await _client.GetStringAsync(Key("c" + i)));
                    break;
                case 1:
                    Assert.Equal(1, await _client.IncrAsync(Key("n" + i)));
                    break;
                case 2:
                    Assert.Null(await _client.GetAsync(Key("none" + i)));
                    break;
                default:
                    var values = await _client.MGetAsync([Key("c" + i), Key("c" + (i - 1))]);
                    Assert.Equal("value-" + (i - 1), Encoding.UTF8.GetString(values[1]!));
                    break;
            }
        }));
        await Task.WhenAll(mixed);
    }

    [Fact]
    public async Task A_cancelled_command_throws_and_the_connection_stays_usable()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _client.GetAsync(Key("x"), cancelled.Token));

        await _client.SetAsync(Key("after"), "ok");
        Assert.Equal("ok", await _client.GetStringAsync(Key("after")));
    }

    [Fact]
    public async Task The_client_name_is_set_on_connect()
    {
        await using var named = await RedisClient.ConnectAsync(redis.Configuration + ",name=gateway-test");

        Assert.Equal("gateway-test", (await named.ExecuteAsync("CLIENT", ["GETNAME"])).AsString());
    }
}
