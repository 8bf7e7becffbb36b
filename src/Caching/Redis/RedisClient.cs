using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using Gateway.Caching.Redis.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Caching.Redis;

/// <summary>
/// A thread-safe Redis client over one multiplexed, pipelined connection: every caller shares one socket, commands
/// are written in order (concurrent ones leave in the same flush) and replies are matched to them in order.
/// <para>
/// Every command has a deadline (<see cref="RedisConnectionOptions.CommandTimeout"/>) that covers waiting for a
/// connection and for the reply; past it the caller gets <see cref="RedisTimeoutException"/>. When the connection
/// drops, commands in flight fail at once with <see cref="RedisConnectionException"/> and the client reconnects in the
/// background with exponential back-off (tracking the endpoints in order, the first that answers wins). While it
/// reconnects, a command waits for the first attempt (within its deadline); once an attempt has failed, commands fail
/// fast until one succeeds. Dispose it once, at shutdown.
/// </para>
/// </summary>
public sealed class RedisClient : IAsyncDisposable
{
    private readonly RedisConnectionOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposing = new();

    private RedisConnection? _connection;
    private TaskCompletionSource<RedisConnection?>? _firstAttempt;
    private Task? _reconnectLoop;
    private Exception? _lastConnectFailure;
    private bool _disposed;

    /// <summary>
    /// Creates a client that connects on first use (or on <see cref="EnsureConnectedAsync"/>). The options must not
    /// change afterwards.
    /// </summary>
    public RedisClient(RedisConnectionOptions options, ILogger<RedisClient>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoints.Count == 0)
        {
            throw new ArgumentException("The Redis options name no endpoint.", nameof(options));
        }

        if (options.ConnectTimeout <= TimeSpan.Zero || options.CommandTimeout <= TimeSpan.Zero
            || options.ReconnectMinDelay <= TimeSpan.Zero || options.ReconnectMaxDelay < options.ReconnectMinDelay)
        {
            throw new ArgumentException("The Redis timeouts and reconnection delays must be positive, with ReconnectMaxDelay >= ReconnectMinDelay.", nameof(options));
        }

        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>True while a connection is open.</summary>
    public bool IsConnected => Volatile.Read(ref _connection) is { IsOpen: true };

    /// <summary>The endpoint of the open connection, if any.</summary>
    public RedisEndpoint? ConnectedEndpoint => Volatile.Read(ref _connection) is { IsOpen: true } connection ? connection.Endpoint : null;

    /// <summary>The deadline of each command.</summary>
    public TimeSpan CommandTimeout => _options.CommandTimeout;

    /// <summary>
    /// Creates a client and connects it. With <see cref="RedisConnectionOptions.AbortOnConnectFail"/> (the default),
    /// makes up to <see cref="RedisConnectionOptions.ConnectRetry"/> rounds over the endpoints and throws when all
    /// fail; otherwise returns after the first round whatever its outcome, and keeps connecting in the background.
    /// </summary>
    /// <exception cref="RedisConnectionException">No endpoint could be reached.</exception>
    /// <exception cref="RedisAuthenticationException">Redis refused the credentials.</exception>
    public static async Task<RedisClient> ConnectAsync(
        RedisConnectionOptions options, ILogger<RedisClient>? logger = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var client = new RedisClient(options, logger, timeProvider);
        if (!options.AbortOnConnectFail)
        {
            try
            {
                await client.EnsureConnectedAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RedisException)
            {
                // abortConnect=false: the client keeps trying in the background.
            }

            return client;
        }

        Exception? failure = null;
        for (var round = 0; round < options.ConnectRetry; round++)
        {
            try
            {
                var connection = await client.ConnectOnceAsync(cancellationToken).ConfigureAwait(false);
                client.Install(connection);
                return client;
            }
            catch (RedisException exception)
            {
                failure = exception;
                if (exception is RedisAuthenticationException || round == options.ConnectRetry - 1)
                {
                    break;
                }

                await Task.Delay(client.Backoff(round + 1), client._time, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await client.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        await client.DisposeAsync().ConfigureAwait(false);
        ExceptionDispatchInfo.Throw(failure!);
        throw failure!;
    }

    /// <summary>Reads a StackExchange.Redis configuration string and connects (see the other overload).</summary>
    public static Task<RedisClient> ConnectAsync(
        string configuration, ILogger<RedisClient>? logger = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default) =>
        ConnectAsync(RedisConnectionOptions.Parse(configuration), logger, timeProvider, cancellationToken);

    /// <summary>
    /// Returns once connected: at once when a connection is open; else after the current connection attempt, which
    /// this starts if none is running.
    /// </summary>
    /// <exception cref="RedisConnectionException">The attempt failed (the client keeps retrying in the background).</exception>
    /// <exception cref="RedisAuthenticationException">Redis refused the credentials.</exception>
    public async Task EnsureConnectedAsync(CancellationToken cancellationToken = default) =>
        await GetConnectionAsync(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);

    /// <summary><c>PING</c>; returns the round-trip time.</summary>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var encoder = new RespEncoder(1);
        encoder.Add("PING"u8);
        await SendCheckedAsync(encoder.ToCommand("PING"), cancellationToken).ConfigureAwait(false);
        return _time.GetElapsedTime(started);
    }

    /// <summary><c>GET key</c>: the value, or null when the key does not exist.</summary>
    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var encoder = new RespEncoder(2, key.Length * 3);
        encoder.Add("GET"u8);
        encoder.Add(key);
        var reply = await SendCheckedAsync(encoder.ToCommand("GET"), cancellationToken).ConfigureAwait(false);
        return BulkBytes(reply, "GET");
    }

    /// <summary><c>GET key</c> as UTF-8 text, or null when the key does not exist.</summary>
    public async Task<string?> GetStringAsync(string key, CancellationToken cancellationToken = default) =>
        await GetAsync(key, cancellationToken).ConfigureAwait(false) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>
    /// <c>SET key value [EX seconds | PX milliseconds] [NX | XX]</c> (EX when the expiry is whole seconds, PX
    /// otherwise). Returns false when the condition kept it from writing.
    /// </summary>
    public async Task<bool> SetAsync(
        string key, ReadOnlyMemory<byte> value, TimeSpan? expiry = null, RedisSetCondition condition = RedisSetCondition.Always,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (expiry is { } positive && positive < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(expiry), "The expiry must be at least 1 ms.");
        }

        var count = 3 + (expiry is null ? 0 : 2) + (condition == RedisSetCondition.Always ? 0 : 1);
        var encoder = new RespEncoder(count, (key.Length * 3) + value.Length + 32);
        encoder.Add("SET"u8);
        encoder.Add(key);
        encoder.Add(value.Span);
        if (expiry is { } ttl)
        {
            var milliseconds = (long)Math.Ceiling(ttl.TotalMilliseconds);
            if (milliseconds % 1000 == 0)
            {
                encoder.Add("EX"u8);
                encoder.Add(milliseconds / 1000);
            }
            else
            {
                encoder.Add("PX"u8);
                encoder.Add(milliseconds);
            }
        }

        if (condition != RedisSetCondition.Always)
        {
            encoder.Add(condition == RedisSetCondition.IfNotExists ? "NX"u8 : "XX"u8);
        }

        var reply = await SendCheckedAsync(encoder.ToCommand("SET"), cancellationToken).ConfigureAwait(false);
        return !reply.IsNull;
    }

    /// <summary><c>SET</c> with a UTF-8 text value (see the other overload).</summary>
    public Task<bool> SetAsync(
        string key, string value, TimeSpan? expiry = null, RedisSetCondition condition = RedisSetCondition.Always,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        return SetAsync(key, Encoding.UTF8.GetBytes(value), expiry, condition, cancellationToken);
    }

    /// <summary><c>DEL key...</c>: how many keys were removed.</summary>
    public Task<long> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        KeysCommandAsync("DEL", keys, cancellationToken);

    /// <summary><c>DEL key</c>: true when the key existed.</summary>
    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        await KeysCommandAsync("DEL", [key], cancellationToken).ConfigureAwait(false) == 1;

    /// <summary><c>UNLINK key...</c> (DEL that frees memory in the background): how many keys were removed.</summary>
    public Task<long> UnlinkAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        KeysCommandAsync("UNLINK", keys, cancellationToken);

    /// <summary><c>UNLINK key</c>: true when the key existed.</summary>
    public async Task<bool> UnlinkAsync(string key, CancellationToken cancellationToken = default) =>
        await KeysCommandAsync("UNLINK", [key], cancellationToken).ConfigureAwait(false) == 1;

    /// <summary><c>PEXPIRE key milliseconds</c>: false when the key does not exist.</summary>
    public async Task<bool> PExpireAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var encoder = new RespEncoder(3, key.Length * 3);
        encoder.Add("PEXPIRE"u8);
        encoder.Add(key);
        encoder.Add((long)Math.Ceiling(timeToLive.TotalMilliseconds));
        var reply = await SendCheckedAsync(encoder.ToCommand("PEXPIRE"), cancellationToken).ConfigureAwait(false);
        return reply.AsInt64() == 1;
    }

    /// <summary>
    /// <c>PTTL key</c>: the time left; <see cref="Timeout.InfiniteTimeSpan"/> when the key has no expiry; null when it
    /// does not exist.
    /// </summary>
    public async Task<TimeSpan?> PTtlAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var encoder = new RespEncoder(2, key.Length * 3);
        encoder.Add("PTTL"u8);
        encoder.Add(key);
        var milliseconds = (await SendCheckedAsync(encoder.ToCommand("PTTL"), cancellationToken).ConfigureAwait(false)).AsInt64();
        return milliseconds switch
        {
            -2 => null,
            -1 => Timeout.InfiniteTimeSpan,
            _ => TimeSpan.FromMilliseconds(milliseconds),
        };
    }

    /// <summary><c>MGET key...</c>: one value per key, in order, null where a key does not exist.</summary>
    public async Task<byte[]?[]> MGetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return [];
        }

        var encoder = new RespEncoder(keys.Count + 1, keys.Sum(k => k.Length * 3 + 16));
        encoder.Add("MGET"u8);
        foreach (var key in keys)
        {
            encoder.Add(key);
        }

        var reply = await SendCheckedAsync(encoder.ToCommand("MGET"), cancellationToken).ConfigureAwait(false);
        if (reply.Kind != RedisReplyKind.Array || reply.Elements.Count != keys.Count)
        {
            throw new RedisProtocolException($"MGET of {keys.Count} keys got {reply}.");
        }

        var values = new byte[]?[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BulkBytes(reply.Elements[i], "MGET");
        }

        return values;
    }

    /// <summary><c>INCR key</c>: the new value.</summary>
    public Task<long> IncrAsync(string key, CancellationToken cancellationToken = default) => IncrByAsync(key, 1, cancellationToken);

    /// <summary><c>INCRBY key increment</c>: the new value.</summary>
    public async Task<long> IncrByAsync(string key, long increment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var encoder = new RespEncoder(3, key.Length * 3);
        encoder.Add("INCRBY"u8);
        encoder.Add(key);
        encoder.Add(increment);
        return (await SendCheckedAsync(encoder.ToCommand("INCRBY"), cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>
    /// Iterates the keys of the database with <c>SCAN cursor [MATCH pattern] COUNT pageSize</c>, one round trip per
    /// page. As with SCAN itself, a key present throughout is returned at least once (possibly more than once).
    /// </summary>
    public async IAsyncEnumerable<string> ScanAsync(
        string? pattern = null, int pageSize = 250, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var cursor = "0";
        do
        {
            var encoder = new RespEncoder(pattern is null ? 4 : 6, 64 + (pattern?.Length * 3 ?? 0));
            encoder.Add("SCAN"u8);
            encoder.Add(cursor);
            if (pattern is not null)
            {
                encoder.Add("MATCH"u8);
                encoder.Add(pattern);
            }

            encoder.Add("COUNT"u8);
            encoder.Add(pageSize);
            var reply = await SendCheckedAsync(encoder.ToCommand("SCAN"), cancellationToken).ConfigureAwait(false);
            if (reply.Kind != RedisReplyKind.Array || reply.Elements.Count != 2 || reply.Elements[1].Kind != RedisReplyKind.Array)
            {
                throw new RedisProtocolException($"SCAN got {reply}.");
            }

            cursor = reply.Elements[0].AsString() ?? throw new RedisProtocolException("SCAN got a null cursor.");
            foreach (var key in reply.Elements[1].Elements)
            {
                yield return key.AsString() ?? throw new RedisProtocolException("SCAN got a null key.");
            }
        }
        while (cursor != "0");
    }

    /// <summary><c>EVAL script numkeys key... arg...</c>: the script's reply.</summary>
    public Task<RedisReply> EvalAsync(
        string script, IReadOnlyList<string> keys, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default) =>
        ScriptCommandAsync("EVAL", script, keys, arguments, cancellationToken);

    /// <summary><c>EVALSHA sha1 numkeys key... arg...</c>: the script's reply.</summary>
    /// <exception cref="RedisServerException">With <see cref="RedisServerException.ErrorCode"/> NOSCRIPT when the server does not have the script.</exception>
    public Task<RedisReply> EvalShaAsync(
        string sha1, IReadOnlyList<string> keys, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default) =>
        ScriptCommandAsync("EVALSHA", sha1, keys, arguments, cancellationToken);

    /// <summary>
    /// Runs a script by its SHA-1 (<c>EVALSHA</c>), and by its source (<c>EVAL</c>, which also loads it) only when the
    /// server answers NOSCRIPT: the source travels once per server restart or script flush.
    /// </summary>
    public async Task<RedisReply> EvaluateAsync(
        RedisScript script, IReadOnlyList<string> keys, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        try
        {
            return await EvalShaAsync(script.Sha1, keys, arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException exception) when (exception.ErrorCode == "NOSCRIPT")
        {
            return await EvalAsync(script.Source, keys, arguments, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary><c>SCRIPT LOAD script</c>: the SHA-1 the server gives it.</summary>
    public async Task<string> ScriptLoadAsync(string script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var encoder = new RespEncoder(3, script.Length * 3);
        encoder.Add("SCRIPT"u8);
        encoder.Add("LOAD"u8);
        encoder.Add(script);
        var reply = await SendCheckedAsync(encoder.ToCommand("SCRIPT LOAD"), cancellationToken).ConfigureAwait(false);
        return reply.AsString() ?? throw new RedisProtocolException("SCRIPT LOAD got a null reply.");
    }

    /// <summary>
    /// Sends any command (<paramref name="command"/> then <paramref name="arguments"/>, each a bulk string) and returns
    /// its reply. An error reply throws <see cref="RedisServerException"/>; errors nested in arrays are returned.
    /// </summary>
    public Task<RedisReply> ExecuteAsync(string command, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(arguments);
        var encoder = new RespEncoder(arguments.Count + 1, command.Length + arguments.Sum(a => a.Length * 3 + 16));
        encoder.Add(command);
        foreach (var argument in arguments)
        {
            encoder.Add(argument);
        }

        return SendCheckedAsync(encoder.ToCommand(command.ToUpperInvariant()), cancellationToken);
    }

    /// <summary>Closes the connection (commands in flight fail) and stops reconnecting.</summary>
    public async ValueTask DisposeAsync()
    {
        RedisConnection? connection;
        Task? loop;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            connection = _connection;
            _connection = null;
            loop = _reconnectLoop;
            _firstAttempt?.TrySetResult(null);
        }

        await _disposing.CancelAsync().ConfigureAwait(false);
        if (connection is not null)
        {
            connection.Abort(new RedisConnectionException("The Redis client was disposed."));
            await connection.Closed.ConfigureAwait(false);
        }

        if (loop is not null)
        {
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _disposing.Dispose();
    }

    private static byte[]? BulkBytes(RedisReply reply, string command) =>
        reply.Kind == RedisReplyKind.BulkString ? reply.AsBytes() : throw new RedisProtocolException($"{command} got {reply}.");

    private async Task<long> KeysCommandAsync(string name, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return 0;
        }

        var encoder = new RespEncoder(keys.Count + 1, keys.Sum(k => k.Length * 3 + 16));
        encoder.Add(name);
        foreach (var key in keys)
        {
            encoder.Add(key ?? throw new ArgumentException("A key is null.", nameof(keys)));
        }

        return (await SendCheckedAsync(encoder.ToCommand(name), cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    private Task<RedisReply> ScriptCommandAsync(
        string name, string scriptOrSha, IReadOnlyList<string> keys, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scriptOrSha);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(arguments);
        var size = (scriptOrSha.Length * 3) + keys.Sum(k => k.Length * 3 + 16) + arguments.Sum(a => a.Length * 3 + 16);
        var encoder = new RespEncoder(3 + keys.Count + arguments.Count, size);
        encoder.Add(name);
        encoder.Add(scriptOrSha);
        encoder.Add(keys.Count);
        foreach (var key in keys)
        {
            encoder.Add(key);
        }

        foreach (var argument in arguments)
        {
            encoder.Add(argument);
        }

        return SendCheckedAsync(encoder.ToCommand(name), cancellationToken);
    }

    private async Task<RedisReply> SendCheckedAsync(PendingCommand command, CancellationToken cancellationToken)
    {
        var reply = await SendAsync(command, cancellationToken).ConfigureAwait(false);
        if (reply.IsError)
        {
            var message = RedisConnection.Redact(reply.AsString(), _options.Password);
            throw message.StartsWith("NOAUTH", StringComparison.Ordinal)
                ? new RedisAuthenticationException(message)
                : new RedisServerException(message);
        }

        return reply;
    }

    private async Task<RedisReply> SendAsync(PendingCommand command, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var timeout = _options.CommandTimeout;
        RedisConnection connection;
        try
        {
            connection = await GetConnectionAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            command.ReleasePayload();
            throw;
        }

        if (!connection.TryEnqueue(command))
        {
            command.ReleasePayload();
            throw new RedisConnectionException(
                $"The connection to Redis at {connection.Endpoint} closed before {command.Name} was sent.", connection.CloseReason);
        }

        var remaining = timeout - _time.GetElapsedTime(started);
        try
        {
            return await command.Task.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            command.TrySetCanceled(CancellationToken.None);

            // Nothing at all arrived while the command waited: the server or the network is stuck (or a blocking
            // command holds the connection), not just slow to answer this command. Drop the connection so everything
            // behind it fails now and a new one is made.
            if (connection.LastReceivedTimestamp <= started)
            {
                RedisLog.Stalled(_logger, connection.Endpoint, command.Name, (long)timeout.TotalMilliseconds);
                connection.Abort(new RedisTimeoutException($"Redis at {connection.Endpoint} sent nothing for {timeout.TotalMilliseconds:0} ms."));
            }

            throw new RedisTimeoutException($"Redis at {connection.Endpoint} did not answer {command.Name} within {timeout.TotalMilliseconds:0} ms.", exception);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            command.TrySetCanceled(cancellationToken);
            throw;
        }
    }

    private ValueTask<RedisConnection> GetConnectionAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _connection);
        return current is { IsOpen: true } ? ValueTask.FromResult(current) : new ValueTask<RedisConnection>(WaitForConnectionAsync(timeout, cancellationToken));
    }

    private async Task<RedisConnection> WaitForConnectionAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task<RedisConnection?> attempt;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_connection is { IsOpen: true } open)
            {
                return open;
            }

            _connection = null;
            StartReconnectingLocked();
            if (_lastConnectFailure is { } failure)
            {
                throw Unreachable(failure);
            }

            attempt = _firstAttempt!.Task;
        }

        RedisConnection? connection;
        try
        {
            connection = await attempt.WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            throw new RedisTimeoutException($"No connection to Redis within {timeout.TotalMilliseconds:0} ms.", exception);
        }

        if (connection is not null)
        {
            return connection;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            throw Unreachable(_lastConnectFailure ?? new RedisConnectionException("Redis is not connected."));
        }
    }

    private static RedisException Unreachable(Exception failure) => failure is RedisAuthenticationException
        ? new RedisAuthenticationException(failure.Message, failure)
        : new RedisConnectionException($"Redis is not connected (reconnecting in the background): {failure.Message}", failure);

    // Must hold _gate.
    private void StartReconnectingLocked()
    {
        if (_reconnectLoop is not null || _disposed)
        {
            return;
        }

        var first = new TaskCompletionSource<RedisConnection?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _firstAttempt = first;
        _reconnectLoop = Task.Run(() => ReconnectLoopAsync(first));
    }

    private async Task ReconnectLoopAsync(TaskCompletionSource<RedisConnection?> first)
    {
        var attempt = 0;
        while (true)
        {
            attempt++;
            try
            {
                var connection = await ConnectOnceAsync(_disposing.Token).ConfigureAwait(false);
                Install(connection);
                first.TrySetResult(connection);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !_disposing.IsCancellationRequested)
            {
                var delay = Backoff(attempt);
                lock (_gate)
                {
                    _lastConnectFailure = exception;
                }

                first.TrySetResult(null);
                RedisLog.ConnectFailed(_logger, attempt, exception.Message, (long)delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, _time, _disposing.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                first.TrySetResult(null);
                return;
            }
        }
    }

    private async Task<RedisConnection> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token);
        List<Exception>? failures = null;
        foreach (var endpoint in _options.Endpoints)
        {
            try
            {
                return await RedisConnection.OpenAsync(endpoint, _options, _time, _logger, linked.Token).ConfigureAwait(false);
            }
            catch (RedisException exception)
            {
                (failures ??= []).Add(exception);
            }
        }

        if (failures!.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        if (failures.OfType<RedisAuthenticationException>().FirstOrDefault() is { } refused)
        {
            ExceptionDispatchInfo.Throw(refused);
        }

        throw new RedisConnectionException(
            $"None of the {failures.Count} Redis endpoints could be reached: {string.Join(" ", failures.Select(f => f.Message))}",
            new AggregateException(failures));
    }

    private void Install(RedisConnection connection)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                connection.Abort(new RedisConnectionException("The Redis client was disposed."));
                return;
            }

            _connection = connection;
            _lastConnectFailure = null;
            _reconnectLoop = null;
        }

        RedisLog.Connected(_logger, connection.Endpoint, _options.DefaultDatabase, _options.Ssl);
        _ = WatchAsync(connection);
    }

    private async Task WatchAsync(RedisConnection connection)
    {
        await connection.Closed.ConfigureAwait(false);
        lock (_gate)
        {
            if (!ReferenceEquals(_connection, connection) && _connection is not null)
            {
                return;
            }

            _connection = null;
            if (_disposed)
            {
                return;
            }

            RedisLog.ConnectionLost(_logger, connection.Endpoint, connection.CloseReason?.Message ?? "closed");
            StartReconnectingLocked();
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var exponent = Math.Min(attempt - 1, 20);
        var delay = Math.Min(_options.ReconnectMaxDelay.TotalMilliseconds, _options.ReconnectMinDelay.TotalMilliseconds * Math.Pow(2, exponent));

        // ±20% jitter so instances that lost Redis together do not come back in lock-step.
        return TimeSpan.FromMilliseconds(delay * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
