using System.Text.Json;

namespace Gateway.Posos.Resilience;

/// <summary>
/// Reads a response body within the attempt timeout (the resilience pipeline ends with the headers), turning a stall
/// into <see cref="PososTimeoutException"/>, an interrupted stream into <see cref="PososUnavailableException"/> and
/// unreadable JSON into <see cref="PososUnavailableException"/>.
/// </summary>
internal sealed class PososResponseReader
{
    /// <summary>Most bytes read from an error body.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    private readonly PososUpstream _upstream;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    public PososResponseReader(PososUpstream upstream, TimeSpan timeout, TimeProvider timeProvider)
    {
        _upstream = upstream;
        _timeout = timeout;
        _time = timeProvider;
    }

    /// <summary>Reads the body as a stream with <paramref name="read"/> (e.g. a streaming deserializer).</summary>
    public async Task<T> ReadAsync<T>(HttpResponseMessage response, Func<Stream, CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken)
    {
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
            throw PososFailures.Timeout(_upstream, "did not send its response in time.", exception);
        }
        catch (JsonException exception)
        {
            throw PososFailures.Unavailable(_upstream, $"sent an unreadable response ({PososFailures.MediaType(response.Content.Headers)}).", exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw PososFailures.Unavailable(_upstream, "interrupted its response.", exception);
        }
    }

    /// <summary>Reads at most <see cref="MaxErrorBodyBytes"/> of the body (an error answer's).</summary>
    public Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        ReadAsync(response, ReadBoundedAsync, cancellationToken);

    private static async ValueTask<byte[]> ReadBoundedAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxErrorBodyBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return buffer[..length];
    }
}
