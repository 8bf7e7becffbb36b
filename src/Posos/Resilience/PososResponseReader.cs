using System.Text.Json;
using Gateway.Upstream;

namespace Gateway.Posos.Resilience;

/// <summary>
/// Reads a response body within the attempt timeout (<see cref="UpstreamBodyReader"/>), turning a stall into
/// <see cref="PososTimeoutException"/>, an interrupted stream into <see cref="PososUnavailableException"/> and
/// unreadable JSON into <see cref="PososUnavailableException"/>.
/// </summary>
internal sealed class PososResponseReader
{
    private readonly PososUpstream _upstream;
    private readonly UpstreamBodyReader _body;

    public PososResponseReader(PososUpstream upstream, TimeSpan timeout, TimeProvider timeProvider)
    {
        _upstream = upstream;
        _body = new UpstreamBodyReader(timeout, timeProvider, (failure, inner) => failure == BodyReadFailure.TimedOut
            ? PososFailures.Timeout(upstream, "did not send its response in time.", inner)
            : PososFailures.Unavailable(upstream, "interrupted its response.", inner));
    }

    /// <summary>Reads the body as a stream with <paramref name="read"/> (e.g. a streaming deserializer).</summary>
    public async Task<T> ReadAsync<T>(HttpResponseMessage response, Func<Stream, CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await _body.ReadAsync(response, read, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw PososFailures.Unavailable(_upstream, $"sent an unreadable response ({PososFailures.MediaType(response.Content.Headers)}).", exception);
        }
    }

    /// <summary>Reads at most <see cref="UpstreamBodyReader.MaxBoundedBytes"/> of the body (an error answer's).</summary>
    public Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        _body.ReadBoundedAsync(response, cancellationToken);
}
