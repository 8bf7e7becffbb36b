using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Channels;
using Gateway.Caching.Redis.Protocol;
using Microsoft.Extensions.Logging;

namespace Gateway.Caching.Redis;

/// <summary>
/// One TCP (or TLS) connection to one endpoint, shared by every caller. Callers hand encoded commands to a channel;
/// a writer loop copies them into the socket's pipe in order and flushes once the channel is empty (so concurrent
/// commands travel together), and records each sent command in a FIFO; a reader loop parses replies and completes
/// the FIFO's head with each one. When either loop fails the connection closes for good: commands not yet sent and
/// commands waiting for replies fail with <see cref="RedisConnectionException"/>.
/// </summary>
internal sealed class RedisConnection : IDisposable
{
    private const int FlushThreshold = 256 * 1024;
    private const int StateOpen = 0;
    private const int StateClosed = 1;

    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly TimeProvider _time;
    private readonly Channel<PendingCommand> _outgoing = Channel.CreateUnbounded<PendingCommand>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false, AllowSynchronousContinuations = false });

    private readonly ConcurrentQueue<PendingCommand> _awaiting = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _readLoop = Task.CompletedTask;
    private Task _writeLoop = Task.CompletedTask;
    private Exception? _closeReason;
    private long _lastReceived;
    private int _state;

    private RedisConnection(RedisEndpoint endpoint, Socket socket, Stream stream, TimeProvider time)
    {
        Endpoint = endpoint;
        _socket = socket;
        _stream = stream;
        _time = time;
        _lastReceived = time.GetTimestamp();
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 16 * 1024, minimumReadSize: 4 * 1024, leaveOpen: true));
        _output = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: 16 * 1024, leaveOpen: true));
    }

    public RedisEndpoint Endpoint { get; }

    /// <summary>False once the connection has failed or been closed; it never reopens.</summary>
    public bool IsOpen => Volatile.Read(ref _state) == StateOpen;

    /// <summary>Completes once the connection is closed and every pending command has been failed.</summary>
    public Task Closed => _closed.Task;

    /// <summary>Why the connection closed, once it has.</summary>
    public Exception? CloseReason => Volatile.Read(ref _closeReason);

    /// <summary>When bytes last arrived (a <see cref="TimeProvider.GetTimestamp"/> value).</summary>
    public long LastReceivedTimestamp => Volatile.Read(ref _lastReceived);

    /// <summary>
    /// Connects the socket, negotiates TLS when asked, starts the loops and runs the handshake (AUTH, CLIENT SETNAME,
    /// SELECT, PING), all within <see cref="RedisConnectionOptions.ConnectTimeout"/>.
    /// </summary>
    public static async Task<RedisConnection> OpenAsync(
        RedisEndpoint endpoint, RedisConnectionOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        RedisConnection? connection = null;
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, optionValue: true);
            await socket.ConnectAsync(new DnsEndPoint(endpoint.Host, endpoint.Port), linked.Token).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (options.Ssl)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                await ssl.AuthenticateAsClientAsync(TlsOptions(endpoint, options), linked.Token).ConfigureAwait(false);
            }

            connection = new RedisConnection(endpoint, socket, stream, time);
            connection.Start();
            await connection.HandshakeAsync(options, logger, linked.Token).ConfigureAwait(false);
            return connection;
        }
        catch (Exception exception)
        {
            if (connection is not null)
            {
                connection.Abort(exception);
                await connection.Closed.ConfigureAwait(false);
            }
            else if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                socket.Dispose();
            }

            if (exception is OperationCanceledException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new RedisConnectionException(
                    $"Redis at {endpoint} did not complete the connection within {options.ConnectTimeout.TotalMilliseconds:0} ms.", exception);
            }

            throw exception switch
            {
                SocketException socketError => new RedisConnectionException($"Redis at {endpoint} could not be reached ({socketError.SocketErrorCode}).", exception),
                AuthenticationException => new RedisConnectionException($"TLS with Redis at {endpoint} failed: {exception.Message}", exception),
                IOException => new RedisConnectionException($"Redis at {endpoint} closed the connection during the handshake.", exception),
                _ => exception,
            };
        }
    }

    /// <summary>Same as <see cref="Abort"/> without a reason.</summary>
    public void Dispose() => Abort(null);

    /// <summary>Queues a command; false when the connection is closed (the command was not sent).</summary>
    public bool TryEnqueue(PendingCommand command) => _outgoing.Writer.TryWrite(command);

    /// <summary>Closes the connection (once); pending commands fail, citing <paramref name="reason"/>.</summary>
    public void Abort(Exception? reason)
    {
        if (Interlocked.Exchange(ref _state, StateClosed) == StateClosed)
        {
            return;
        }

        Volatile.Write(ref _closeReason, reason ?? new RedisConnectionException($"The connection to Redis at {Endpoint} was closed."));
        _outgoing.Writer.TryComplete();
        _shutdown.Cancel();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }

        try
        {
            _stream.Dispose();
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or SocketException)
        {
            // Already broken.
        }

        _ = FinishAsync();
    }

    private static SslClientAuthenticationOptions TlsOptions(RedisEndpoint endpoint, RedisConnectionOptions options)
    {
        var tls = new SslClientAuthenticationOptions
        {
            TargetHost = options.SslHost ?? endpoint.Host,
            EnabledSslProtocols = options.SslProtocols,
            CertificateRevocationCheckMode = options.CheckCertificateRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck,
            RemoteCertificateValidationCallback = options.CertificateValidation,
        };
        if (options.ClientCertificate is { } certificate)
        {
            tls.ClientCertificates = [certificate];
        }

        return tls;
    }

    private void Start()
    {
        _readLoop = Task.Run(ReadLoopAsync);
        _writeLoop = Task.Run(WriteLoopAsync);
    }

    private async Task HandshakeAsync(RedisConnectionOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        PendingCommand? auth = null;
        PendingCommand? name = null;
        PendingCommand? select = null;
        if (options.Password is { } password)
        {
            var encoder = new RespEncoder(options.User is null ? 2 : 3);
            encoder.Add("AUTH"u8);
            if (options.User is { } user)
            {
                encoder.Add(user);
            }

            encoder.Add(password);
            auth = Send(encoder.ToCommand("AUTH"));
        }

        if (options.ClientName is { } clientName)
        {
            var encoder = new RespEncoder(3);
            encoder.Add("CLIENT"u8);
            encoder.Add("SETNAME"u8);
            encoder.Add(clientName);
            name = Send(encoder.ToCommand("CLIENT SETNAME"));
        }

        if (options.DefaultDatabase != 0)
        {
            var encoder = new RespEncoder(2);
            encoder.Add("SELECT"u8);
            encoder.Add(options.DefaultDatabase);
            select = Send(encoder.ToCommand("SELECT"));
        }

        var pingEncoder = new RespEncoder(1);
        pingEncoder.Add("PING"u8);
        var ping = Send(pingEncoder.ToCommand("PING"));

        if (auth is not null && await auth.Task.WaitAsync(cancellationToken).ConfigureAwait(false) is { IsError: true } authReply)
        {
            var who = options.User is null ? "the password" : $"user '{options.User}' and its password";
            throw new RedisAuthenticationException($"Redis at {Endpoint} refused {who}: {Redact(authReply.AsString(), options.Password)}");
        }

        if (name is not null && await name.Task.WaitAsync(cancellationToken).ConfigureAwait(false) is { IsError: true } nameReply)
        {
            var reason = Redact(nameReply.AsString(), options.Password);
            RedisLog.ClientNameRefused(logger, Endpoint, reason);
        }

        if (select is not null && await select.Task.WaitAsync(cancellationToken).ConfigureAwait(false) is { IsError: true } selectReply)
        {
            if (IsAuthError(selectReply))
            {
                throw AuthenticationRequired();
            }

            throw new RedisConnectionException($"Redis at {Endpoint} refused SELECT {options.DefaultDatabase}: {Redact(selectReply.AsString(), options.Password)}");
        }

        if (await ping.Task.WaitAsync(cancellationToken).ConfigureAwait(false) is { IsError: true } pingReply)
        {
            if (IsAuthError(pingReply))
            {
                throw AuthenticationRequired();
            }

            throw new RedisConnectionException($"Redis at {Endpoint} refused PING: {Redact(pingReply.AsString(), options.Password)}");
        }
    }

    private static bool IsAuthError(RedisReply reply) =>
        reply.AsString() is { } text && (text.StartsWith("NOAUTH", StringComparison.Ordinal) || text.StartsWith("NOPERM", StringComparison.Ordinal));

    private RedisAuthenticationException AuthenticationRequired() =>
        new($"Redis at {Endpoint} requires authentication: set password= (and user= for an ACL user) in the Redis configuration.");

    /// <summary>Masks the password in a server message, in case a server ever echoes it.</summary>
    internal static string Redact(string? message, string? password) =>
        string.IsNullOrEmpty(password) || message is null ? message ?? "(no message)" : message.Replace(password, "*****", StringComparison.Ordinal);

    private PendingCommand Send(PendingCommand command)
    {
        if (!TryEnqueue(command))
        {
            command.ReleasePayload();
            command.TrySetException(new RedisConnectionException($"The connection to Redis at {Endpoint} closed during the handshake."));
        }

        return command;
    }

    private async Task WriteLoopAsync()
    {
        Exception? failure = null;
        var reader = _outgoing.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_shutdown.Token).ConfigureAwait(false))
            {
                var unflushed = 0;
                while (reader.TryRead(out var command))
                {
                    // Abandoned (timed out or cancelled) before it was sent: no reply will come, so it is not sent at all.
                    if (command.Task.IsCompleted)
                    {
                        command.ReleasePayload();
                        continue;
                    }

                    _awaiting.Enqueue(command);
                    var payload = command.Payload;
                    _output.Write(payload);
                    unflushed += payload.Length;
                    command.ReleasePayload();
                    if (unflushed >= FlushThreshold)
                    {
                        unflushed = 0;
                        if ((await _output.FlushAsync(_shutdown.Token).ConfigureAwait(false)).IsCompleted)
                        {
                            return;
                        }
                    }
                }

                if ((await _output.FlushAsync(_shutdown.Token).ConfigureAwait(false)).IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        finally
        {
            Abort(failure is null ? null : Lost(failure));
        }
    }

    private async Task ReadLoopAsync()
    {
        Exception? failure;
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync(_shutdown.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                if (!buffer.IsEmpty)
                {
                    Volatile.Write(ref _lastReceived, _time.GetTimestamp());
                }

                var consumed = DeliverReplies(buffer);
                _input.AdvanceTo(consumed, buffer.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    failure = new RedisConnectionException($"Redis at {Endpoint} closed the connection.");
                    break;
                }
            }
        }
        catch (Exception exception)
        {
            failure = exception is RedisException ? exception : Lost(exception);
        }

        Abort(failure);
    }

    private SequencePosition DeliverReplies(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (!reader.End)
        {
            var start = reader.Position;
            if (!RespParser.TryRead(ref reader, out var reply))
            {
                return start;
            }

            if (!_awaiting.TryDequeue(out var command))
            {
                throw new RedisProtocolException($"Redis at {Endpoint} sent a reply that no command was waiting for.");
            }

            command.TrySetResult(reply);
        }

        return reader.Position;
    }

    private RedisConnectionException Lost(Exception cause) =>
        cause as RedisConnectionException ?? new RedisConnectionException($"The connection to Redis at {Endpoint} failed ({cause.GetType().Name}).", cause);

    private async Task FinishAsync()
    {
        // Both loops stop (the socket is gone), then whatever is queued or in flight fails: nothing is left hanging.
        // Nothing here may throw before Closed completes, or the client would never notice the loss.
        await Task.WhenAll(_readLoop, _writeLoop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await CompleteQuietlyAsync(_input.CompleteAsync()).ConfigureAwait(false);

        // Completing the writer flushes what the loop left unsent into the dead stream: that fails, and is ignored.
        await CompleteQuietlyAsync(_output.CompleteAsync()).ConfigureAwait(false);
        var reason = CloseReason;
        while (_outgoing.Reader.TryRead(out var unsent))
        {
            unsent.ReleasePayload();
            unsent.TrySetException(new RedisConnectionException(
                $"The connection to Redis at {Endpoint} closed before {unsent.Name} was sent.", reason));
        }

        while (_awaiting.TryDequeue(out var inFlight))
        {
            inFlight.TrySetException(new RedisConnectionException(
                $"The connection to Redis at {Endpoint} was lost before {inFlight.Name} got its reply; its outcome is unknown.", reason));
        }

        _shutdown.Dispose();
        _closed.TrySetResult();
    }

    private static async Task CompleteQuietlyAsync(ValueTask completion)
    {
        try
        {
            await completion.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The stream is already dead (IO, TLS or disposal errors alike): there is nothing left to deliver.
        }
    }
}
