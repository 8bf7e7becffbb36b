using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Gateway.Caching;
using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// The response cache in the GraphQL pipeline, consulted after the request is read and its document prepared (the parse
/// and validation are cached by the executor) and before execution. Key: a hash of the schema, the normalized document
/// (its printed form: whitespace and comments do not count), the operation name and the variables (canonical JSON);
/// PRIVATE entries add the caller's scope under an HMAC. An execution's <see cref="ExecutionResult.CachePolicy"/> (the
/// smallest max age of the fields it touched, PRIVATE wins, none with errors) says whether and how long it is stored.
/// Concurrent identical misses run one execution; stale entries are answered (marked) while one background execution
/// refreshes them. Mutations, requests that fail before execution and batches are never cached. The cache never fails
/// a request: the store falls back to memory and to misses by itself. Nothing about a request is logged.
/// </summary>
internal sealed class GraphQLResponseCache
{
    private const string KeyPrefix = "gql:";
    private const string ScopeHeader = "scope";
    private const string PrivateScope = "private";

    private readonly RequestExecutor _executor;
    private readonly ICacheStore _store;
    private readonly SingleFlight _flights;
    private readonly CacheKeyScope _keyScope;
    private readonly TimeProvider _time;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly Lazy<string> _schemaHash;
    private readonly ConditionalWeakTable<DocumentNode, string> _documentHashes = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastRefresh = new(StringComparer.Ordinal);

    public GraphQLResponseCache(
        RequestExecutor executor,
        ICacheStore store,
        SingleFlight flights,
        CacheKeyScope keyScope,
        IOptions<GraphQLResponseCacheOptions> options,
        TimeProvider timeProvider,
        IServiceScopeFactory scopes,
        ILoggerFactory loggers)
    {
        _executor = executor;
        _store = store;
        _flights = flights;
        _keyScope = keyScope;
        Options = options.Value;
        _time = timeProvider;
        _scopes = scopes;
        _logger = loggers.CreateLogger(GraphQLHttpLog.Category);
        _schemaHash = new Lazy<string>(() => StableHash.Sha256Hex(SchemaPrinter.Print(executor.Schema)));
    }

    public GraphQLResponseCacheOptions Options { get; }

    /// <summary>Answers one GraphQL request (not a batch) through the cache.</summary>
    public async Task ExecuteAsync(HttpContext context, GraphQLRequestParameters parameters, ResponseMediaType mediaType, CancellationToken cancellationToken)
    {
        var request = parameters.ToExecutionRequest(context.RequestServices);
        if (KeyOf(request) is not { } key)
        {
            // A mutation, or a request that fails before execution: executed as without the cache, never stored.
            var result = await _executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
            context.Response.Headers.CacheControl = ResponseCacheHeaders.NoStore;
            context.Response.Headers[ResponseCacheHeaders.XCache] = ResponseCacheHeaders.Bypass;
            await GraphQLResponseWriter.WriteAsync(context.Response, StatusCodeOf(result.HasData, mediaType), mediaType, result, cancellationToken).ConfigureAwait(false);
            return;
        }

        var callerScope = CallerScopeOf(context);
        var target = new CacheTarget(
            KeyPrefix + key,
            Options.CachePrivate && callerScope is not null ? KeyPrefix + "p:" + _keyScope.Scope(key + "\n" + callerScope) : null,
            callerScope is null ? KeyPrefix + key : KeyPrefix + key + ":" + _keyScope.Scope(callerScope));

        var entry = await LookupAsync(target, cancellationToken).ConfigureAwait(false);
        if (entry is not null)
        {
            var stale = !entry.IsFresh(_time.GetUtcNow());
            if (stale)
            {
                StartRefresh(parameters, target);
            }

            await WriteEntryAsync(context, mediaType, entry, stale, cancellationToken).ConfigureAwait(false);
            return;
        }

        var produced = await _flights.RunAsync(target.Flight, token => ProduceAsync(parameters, target, token), cancellationToken).ConfigureAwait(false);
        await WriteProducedAsync(context, mediaType, produced, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The request's key, or null when it is not to be cached (request errors, mutations, subscriptions).</summary>
    private string? KeyOf(ExecutionRequest request)
    {
        if (!_executor.TryPrepare(request, out var document, out _)
            || !RequestExecutor.TrySelectOperation(document, request.OperationName, out var operation, out _, out _)
            || operation.Operation != OperationType.Query)
        {
            return null;
        }

        var documentHash = _documentHashes.GetValue(document, static d => StableHash.Sha256Hex(SyntaxPrinter.Print(d)));
        return StableHash.OfParts("graphql-response/1", _schemaHash.Value, documentHash, request.OperationName, CanonicalVariables.ToJson(request.Variables));
    }

    private string? CallerScopeOf(HttpContext context)
    {
        if (Options.CallerScope is { } scope)
        {
            return scope(context);
        }

        var value = context.Request.Headers[Options.CallerScopeHeader].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>The entry for the request, fresh or stale; a store that fails counts as a miss (the request goes on).</summary>
    private async Task<CacheEntry?> LookupAsync(CacheTarget target, CancellationToken cancellationToken)
    {
        try
        {
            if (target.PrivateKey is null)
            {
                return await _store.GetAsync(target.PublicKey, cancellationToken).ConfigureAwait(false);
            }

            var entries = await _store.GetManyAsync([target.PublicKey, target.PrivateKey], cancellationToken).ConfigureAwait(false);
            return entries[0] ?? entries[1];
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            GraphQLHttpLog.CacheFailed(_logger, "lookup", exception.GetType().FullName);
            return null;
        }
    }

    /// <summary>Stores an entry; a store that fails is logged and otherwise ignored.</summary>
    private async Task StoreAsync(string key, CacheEntry entry, TimeSpan timeToLive, TimeSpan grace, CancellationToken cancellationToken)
    {
        try
        {
            await _store.SetAsync(key, entry, timeToLive, grace, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            GraphQLHttpLog.CacheFailed(_logger, "store", exception.GetType().FullName);
        }
    }

    /// <summary>Executes the request in a scope of its own (it may outlive the request that started it) and stores what may be stored.</summary>
    private async Task<Produced> ProduceAsync(GraphQLRequestParameters parameters, CacheTarget target, CancellationToken cancellationToken)
    {
        ExecutionResult result;
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            result = await _executor.ExecuteAsync(parameters.ToExecutionRequest(scope.ServiceProvider), cancellationToken).ConfigureAwait(false);
        }

        var body = GraphQLResponseWriter.Serialize(result);
        var policy = result.CachePolicy;
        if (!policy.IsCacheable || !result.HasData || result.Extensions is { Count: > 0 })
        {
            return new Produced(result.HasData, body, CachePolicy.NotCacheable, null);
        }

        var hash = StableHash.Sha256Hex(body)[..32];
        var (key, timeToLive, grace) = policy.IsPrivate
            ? (target.PrivateKey, Min(TimeSpan.FromSeconds(policy.MaxAge), Options.PrivateMaxTimeToLive), TimeSpan.Zero)
            : (target.PublicKey, Min(TimeSpan.FromSeconds(policy.MaxAge), Options.MaxTimeToLive), Options.Grace);
        if (key is not null && body.Length <= Options.MaxEntryBytes)
        {
            var entry = new CacheEntry
            {
                Value = body,
                ETag = hash,
                Headers = new Dictionary<string, string>(1, StringComparer.OrdinalIgnoreCase) { [ScopeHeader] = policy.IsPrivate ? PrivateScope : "public" },
            };
            await StoreAsync(key, entry, timeToLive, grace, cancellationToken).ConfigureAwait(false);
        }

        return new Produced(true, body, policy, hash);
    }

    private void StartRefresh(GraphQLRequestParameters parameters, CacheTarget target)
    {
        var now = _time.GetUtcNow();
        if (_lastRefresh.TryGetValue(target.Flight, out var last) && now - last < Options.RefreshInterval)
        {
            return;
        }

        if (_lastRefresh.Count > 10_000)
        {
            _lastRefresh.Clear();
        }

        _lastRefresh[target.Flight] = now;
        _ = RefreshAsync(parameters, target);
    }

    private async Task RefreshAsync(GraphQLRequestParameters parameters, CacheTarget target)
    {
        using var timeout = new CancellationTokenSource(Options.RefreshTimeout, _time);
        try
        {
            var produced = await _flights.RunAsync(target.Flight, token => ProduceAsync(parameters, target, token), timeout.Token).ConfigureAwait(false);
            if (produced.Policy.IsCacheable)
            {
                _lastRefresh.TryRemove(target.Flight, out _);
            }
            else
            {
                GraphQLHttpLog.RefreshNotStored(_logger);
            }
        }
#pragma warning disable CA1031 // A background refresh must never fail anything: the stale entry keeps being answered.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            GraphQLHttpLog.RefreshFailed(_logger, exception.GetType().FullName);
        }
    }

    private async Task WriteEntryAsync(HttpContext context, ResponseMediaType mediaType, CacheEntry entry, bool stale, CancellationToken cancellationToken)
    {
        var response = context.Response;
        var now = _time.GetUtcNow();
        var isPrivate = entry.Headers.TryGetValue(ScopeHeader, out var scope) && scope == PrivateScope;
        var headers = response.Headers;
        headers.CacheControl = stale
            ? "no-cache"
            : (isPrivate ? "private, max-age=" : "public, max-age=") + ResponseCacheHeaders.Seconds(entry.TimeToLive);
        headers.Age = ResponseCacheHeaders.Seconds(entry.Age(now));
        headers[ResponseCacheHeaders.XCache] = stale ? ResponseCacheHeaders.Stale : ResponseCacheHeaders.Hit;
        var etag = entry.ETag is { } hash ? ResponseCacheHeaders.ETag(hash, mediaType) : null;
        if (etag is not null)
        {
            headers.ETag = etag;
            if (ResponseCacheHeaders.NotModified(context.Request, etag))
            {
                WriteNotModified(response);
                return;
            }
        }

        var body = stale ? MarkStale(entry.Value, entry.Age(now), entry.TimeToLive) : entry.Value;
        await GraphQLResponseWriter.WriteBytesAsync(response, StatusCodes.Status200OK, mediaType, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteProducedAsync(HttpContext context, ResponseMediaType mediaType, Produced produced, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.Headers.CacheControl = ResponseCacheHeaders.CacheControl(produced.Policy, produced.Policy.IsPrivate ? Options.PrivateMaxTimeToLive : Options.MaxTimeToLive);
        response.Headers[ResponseCacheHeaders.XCache] = ResponseCacheHeaders.Miss;
        if (produced.Hash is { } hash)
        {
            var etag = ResponseCacheHeaders.ETag(hash, mediaType);
            response.Headers.ETag = etag;
            if (ResponseCacheHeaders.NotModified(context.Request, etag))
            {
                WriteNotModified(response);
                return;
            }
        }

        await GraphQLResponseWriter.WriteBytesAsync(response, StatusCodeOf(produced.HasData, mediaType), mediaType, produced.Body, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteNotModified(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.Headers.Vary = "Accept";
    }

    /// <summary>The cached body with <c>"extensions":{"cacheControl":{"stale":true,"age":N,"maxAge":M}}</c> added (cached bodies have no extensions).</summary>
    private static ReadOnlyMemory<byte> MarkStale(ReadOnlyMemory<byte> body, TimeSpan age, TimeSpan timeToLive)
    {
        var span = body.Span;
        if (span.Length < 2 || span[^1] != (byte)'}')
        {
            return body;
        }

        var extension = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $",\"extensions\":{{\"cacheControl\":{{\"stale\":true,\"age\":{ResponseCacheHeaders.Seconds(age)},\"maxAge\":{ResponseCacheHeaders.Seconds(timeToLive)}}}}}}}"));
        var marked = new byte[span.Length - 1 + extension.Length];
        span[..^1].CopyTo(marked);
        extension.CopyTo(marked.AsSpan(span.Length - 1));
        return marked;
    }

    private static int StatusCodeOf(bool hasData, ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson && !hasData ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>Where a request's entries live: the public key, the private key (when private entries are stored for this caller), and its single-flight key.</summary>
    private sealed record CacheTarget(string PublicKey, string? PrivateKey, string Flight);

    /// <summary>An execution's answer: its body, policy and body hash (when cacheable).</summary>
    private sealed record Produced(bool HasData, byte[] Body, CachePolicy Policy, string? Hash);
}
