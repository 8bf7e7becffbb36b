namespace Gateway.Upstream;

/// <summary>
/// Reads a response body within a timeout (the resilience pipeline ends with the headers: give it the attempt
/// timeout), turning a stall and an interrupted stream into the client's exceptions through the failure function it is
/// built with. Cancellation by the caller stays an <see cref="OperationCanceledException"/>; what the read function
/// throws otherwise (e.g. a <c>JsonException</c>) passes through.
/// </summary>
public sealed class UpstreamBodyReader
{
    /// <summary>Most bytes <see cref="ReadBoundedAsync(HttpResponseMessage, CancellationToken)"/> reads (64 KiB): enough for an error body.</summary>
    public const int MaxBoundedBytes = 64 * 1024;

    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly Func<BodyReadFailure, Exception, Exception> _failure;

    /// <summary>Creates the reader.</summary>
    /// <param name="timeout">Time allowed for reading a whole body.</param>
    /// <param name="timeProvider">The clock of the timeout.</param>
    /// <param name="failure">The exception to throw for a failure, given its kind and its cause.</param>
    public UpstreamBodyReader(TimeSpan timeout, TimeProvider timeProvider, Func<BodyReadFailure, Exception, Exception> failure)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(failure);
        _timeout = timeout;
        _time = timeProvider;
        _failure = failure;
    }

    /// <summary>Reads the body as a stream with <paramref name="read"/> (e.g. a streaming deserializer).</summary>
    public async Task<T> ReadAsync<T>(HttpResponseMessage response, Func<Stream, CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(read);
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await read(stream, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw _failure(BodyReadFailure.TimedOut, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw _failure(BodyReadFailure.Interrupted, exception);
        }
    }

    /// <summary>Reads at most <see cref="MaxBoundedBytes"/> of the body (an error answer's), within the timeout.</summary>
    public Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        ReadAsync(response, static (stream, token) => ReadBoundedAsync(stream, MaxBoundedBytes, token), cancellationToken);

    /// <summary>Reads at most <paramref name="maxBytes"/> of <paramref name="stream"/>.</summary>
    public static async ValueTask<byte[]> ReadBoundedAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var buffer = new byte[maxBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return buffer[..length];
    }
}
