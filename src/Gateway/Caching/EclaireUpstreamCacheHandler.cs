using System.Net;
using System.Net.Http.Headers;
using Gateway.Eclaire;
using Microsoft.Extensions.Options;

namespace Gateway.Caching;

/// <summary>
/// Caches ECLAIRE's successful GET responses by URL in the shared <see cref="ICacheStore"/> (Redis when configured), so
/// that different GraphQL queries needing the same upstream page, on any instance, share one ECLAIRE request. It is the
/// outermost handler of the ECLAIRE client, outside the resilience handler: a hit spends no budget permit and no retry.
/// Lifetime: an hour for FHIR resources and searches, until ECLAIRE's next daily refresh for <c>/api/statistics</c>,
/// shortened by the response's own <c>Cache-Control: max-age</c>/<c>s-maxage</c> or <c>Expires</c> (and <c>Age</c>),
/// and nothing for <c>no-store</c>, <c>no-cache</c> or <c>private</c>. Only 200 answers are kept: errors, 404s and
/// redirects never are. A store that fails is a miss. Nothing about a request is logged here.
/// </summary>
internal sealed class EclaireUpstreamCacheHandler(
    ICacheStore store,
    EclaireRefreshSchedule schedule,
    IOptions<UpstreamCacheOptions> options,
    IOptions<EclaireOptions> eclaire,
    TimeProvider timeProvider) : DelegatingHandler
{
    private const string KeyPrefix = "eclaire:";
    private const string ContentTypeHeader = "content-type";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!options.Value.Enabled || request.Method != HttpMethod.Get || request.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var key = KeyPrefix + StableHash.Sha256Hex(uri.AbsoluteUri);
        if (await TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } cached && cached.IsFresh(timeProvider.GetUtcNow()))
        {
            return FromEntry(request, cached);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK || TimeToLive(uri, response) is not { } timeToLive)
        {
            return response;
        }

        var (body, length, complete) = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        var original = response.Content;
        if (!complete)
        {
            // Too large to keep: passed on as it comes (what was read first, then the rest).
            response.Content = CopyHeaders(original, new StreamContent(new PrefixedStream(body, length, await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))));
            return response;
        }

        var value = body.AsMemory(0, length);
        response.Content = CopyHeaders(original, new ReadOnlyMemoryContent(value));
        original.Dispose();
        var headers = new Dictionary<string, string>(1, StringComparer.OrdinalIgnoreCase);
        if (response.Content.Headers.ContentType is { } contentType)
        {
            headers[ContentTypeHeader] = contentType.ToString();
        }

        try
        {
            await store.SetAsync(key, new CacheEntry { Value = value, Headers = headers }, timeToLive, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The answer is what matters; a store that fails keeps nothing.
        }

        return response;
    }

    private async Task<CacheEntry?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>How long to keep the response, or null to keep it not at all.</summary>
    private TimeSpan? TimeToLive(Uri uri, HttpResponseMessage response)
    {
        var policy = uri.AbsolutePath.EndsWith("/api/statistics", StringComparison.Ordinal)
            ? TimeSpan.FromSeconds(schedule.SecondsUntilNextRefresh())
            : TimeSpan.FromSeconds(GatewayCacheHints.StudyMaxAge);
        var age = response.Headers.Age ?? TimeSpan.Zero;
        if (response.Headers.CacheControl is { } control)
        {
            if (control.NoStore || control.NoCache || control.Private)
            {
                return null;
            }

            if ((control.SharedMaxAge ?? control.MaxAge) is { } maxAge && maxAge - age < policy)
            {
                policy = maxAge - age;
            }
        }
        else if (response.Content.Headers.Expires is { } expires)
        {
            var left = expires - (response.Headers.Date ?? timeProvider.GetUtcNow());
            if (left < policy)
            {
                policy = left;
            }
        }

        return policy > TimeSpan.Zero ? policy : null;
    }

    /// <summary>Reads the body up to the entry bound, within the attempt timeout; complete is false when it is larger.</summary>
    private async Task<(byte[] Body, int Length, bool Complete)> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxEntryBytes;
        using var timeout = new CancellationTokenSource(eclaire.Value.AttemptTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            var buffer = new byte[Math.Min(limit + 1, (int?)response.Content.Headers.ContentLength + 1 ?? 64 * 1024)];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        return (buffer, length, false);
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)limit + 1, buffer.Length * 2L));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), linked.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length, true);
                }

                length += read;
            }
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            response.Dispose();
            throw new EclaireTimeoutException("ECLAIRE did not send its response in time.", exception);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            response.Dispose();
            throw new EclaireUnavailableException("ECLAIRE's response was interrupted.", exception);
        }
    }

    private static HttpResponseMessage FromEntry(HttpRequestMessage request, CacheEntry entry)
    {
        var content = new ReadOnlyMemoryContent(entry.Value);
        if (entry.Headers.TryGetValue(ContentTypeHeader, out var contentType) && MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            content.Headers.ContentType = parsed;
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = content };
    }

    private static HttpContent CopyHeaders(HttpContent from, HttpContent to)
    {
        foreach (var (name, values) in from.Headers)
        {
            if (!string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                to.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return to;
    }
}
