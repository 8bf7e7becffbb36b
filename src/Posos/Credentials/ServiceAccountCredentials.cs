using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Posos.Json;
using Gateway.Posos.Resilience;
using Microsoft.Extensions.Logging;

namespace Gateway.Posos.Credentials;

/// <summary>
/// A Google service account's ID token for Posos's Identity-Aware Proxy: signs an assertion with the account's key,
/// exchanges it at the token endpoint (form POST, JWT-bearer grant) for an ID token, and caches that token until
/// <see cref="PososOptions.TokenRefreshSkew"/> before it expires. One exchange serves every concurrent caller; when it
/// fails while the cached token is still valid, the cached token is used meanwhile.
/// </summary>
internal sealed class ServiceAccountCredentials : IPososCredentials, IDisposable
{
    /// <summary>A cached token this close to its expiry is not used as a fallback.</summary>
    private static readonly TimeSpan MinimumValidity = TimeSpan.FromSeconds(30);

    private readonly ServiceAccountKey _key;
    private readonly RSA _rsa;
    private readonly Uri _endpoint;
    private readonly string _assertionAudience;
    private readonly string _targetAudience;
    private readonly TimeSpan _skew;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly PososResponseReader _reader;
    private readonly TimeProvider _time;
    private readonly ILogger<ServiceAccountCredentials> _logger;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Lock _gate = new();
    private CachedIdToken? _current;
    private Task<CachedIdToken>? _refresh;

    public ServiceAccountCredentials(
        ServiceAccountKey key,
        PososOptions options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<ServiceAccountCredentials> logger)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        _key = key;
        _rsa = key.CreateRsa();
        var googleTokenUri = new Uri(PososOptions.GoogleTokenEndpoint);
        _endpoint = options.TokenEndpoint ?? key.TokenUri ?? googleTokenUri;
        _assertionAudience = (key.TokenUri ?? googleTokenUri).AbsoluteUri;
        _targetAudience = options.Audience;
        _skew = options.TokenRefreshSkew;
        _httpClientFactory = httpClientFactory;
        _reader = new PososResponseReader(PososUpstream.TokenEndpoint, options.AttemptTimeout, timeProvider);
        _time = timeProvider;
        _logger = logger;
    }

    public bool IsConfigured => true;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CachedIdToken? current;
        Task<CachedIdToken> refresh;
        lock (_gate)
        {
            current = _current;
            if (current is not null && _time.GetUtcNow() < current.RefreshAt)
            {
                return current.Token;
            }

            // One exchange at a time, shared by every caller; it runs on its own token so one caller giving up does
            // not fail the others.
            if (_refresh is null || _refresh.IsCompleted)
            {
                var shutdown = _shutdown.Token;
                _refresh = Task.Run(() => RefreshAsync(shutdown), CancellationToken.None);
            }

            refresh = _refresh;
        }

        try
        {
            return (await refresh.WaitAsync(cancellationToken).ConfigureAwait(false)).Token;
        }
        catch (PososException exception) when (current is not null && _time.GetUtcNow() < current.ExpiresAt - MinimumValidity)
        {
            PososLog.TokenRefreshFailed(_logger, exception.GetType().Name, current.ExpiresAt);
            return current.Token;
        }
    }

    public void Reject(string token)
    {
        lock (_gate)
        {
            if (_current is not null && string.Equals(_current.Token, token, StringComparison.Ordinal))
            {
                _current = null;
            }
        }
    }

    public void Dispose()
    {
        _shutdown.Cancel();
        _shutdown.Dispose();
        _rsa.Dispose();
    }

    public override string ToString() => $"ServiceAccountCredentials {{ {_key} }}";

    private async Task<CachedIdToken> RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            var token = await ExchangeAsync(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _current = token;
            }

            PososLog.TokenObtained(_logger, _key.ClientEmail, token.ExpiresAt, token.RefreshAt);
            return token;
        }
        catch (PososException exception)
        {
            PososLog.TokenExchangeFailed(_logger, exception.Message);
            throw;
        }
    }

    private async Task<CachedIdToken> ExchangeAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var assertion = ServiceAccountAssertion.Create(_key.ClientEmail, _key.PrivateKeyId, _rsa, _assertionAudience, _targetAudience, now);
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = new FormUrlEncodedContent(
            [
                new KeyValuePair<string, string>("grant_type", ServiceAccountAssertion.GrantType),
                new KeyValuePair<string, string>("assertion", assertion),
            ]),
        };

        var http = _httpClientFactory.CreateClient(PososServiceCollectionExtensions.TokenHttpClientName);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await RefusalAsync(response, assertion, cancellationToken).ConfigureAwait(false);
        }

        var body = await _reader.ReadAsync(
            response,
            (stream, token) => JsonSerializer.DeserializeAsync(stream, PososJsonContext.Default.TokenResponseBody, token),
            cancellationToken).ConfigureAwait(false);
        if (body?.IdToken is not { Length: > 0 } idToken)
        {
            throw PososFailures.Unavailable(PososUpstream.TokenEndpoint, "answered without an id_token (was target_audience sent to Google's endpoint?).");
        }

        var expiresAt = body.ExpiresIn is > 0 and var seconds
            ? now + TimeSpan.FromSeconds(seconds)
            : IdTokenClaims.Expiry(idToken)
                ?? throw PososFailures.Unavailable(PososUpstream.TokenEndpoint, "answered with an ID token without expiry (no expires_in, no exp claim).");
        var lifetime = expiresAt - now;
        if (lifetime <= TimeSpan.Zero)
        {
            throw PososFailures.Unavailable(PososUpstream.TokenEndpoint, "answered with an ID token that has already expired.");
        }

        // A short-lived token is replaced half-way through its life rather than at once.
        var refreshAt = expiresAt - (_skew < lifetime / 2 ? _skew : lifetime / 2);
        return new CachedIdToken(idToken, expiresAt, refreshAt);
    }

    // 400/401/403: the assertion was refused (invalid_grant, unauthorized_client, ...): the credentials are wrong.
    private async Task<PososException> RefusalAsync(HttpResponseMessage response, string assertion, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        if (status is not (HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            return PososFailures.ForStatus(PososUpstream.TokenEndpoint, response, _time);
        }

        TokenErrorBody? error = null;
        try
        {
            var bytes = await _reader.ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
            error = JsonSerializer.Deserialize(bytes, PososJsonContext.Default.TokenErrorBody);
        }
        catch (Exception exception) when (exception is JsonException or PososException)
        {
            // The refusal stands without its reason.
        }

        var reason = error?.Error is { Length: > 0 } code ? Safe(code, assertion) : null;
        var description = error?.Description is { Length: > 0 } text ? Safe(text, assertion) : null;
        var detail = (reason, description) switch
        {
            (null, null) => string.Empty,
            (_, null) => $": {reason}",
            (null, _) => $": {description}",
            _ => $": {reason}, {description}",
        };
        return new PososUnauthorizedException(
            $"The token endpoint refused the service account's assertion ({PososFailures.Describe(status)}){detail}.",
            status)
        {
            FromTokenEndpoint = true,
            OAuthError = reason,
        };
    }

    // The endpoint's own words, bounded, and never anything that echoes the assertion.
    private static string? Safe(string text, string assertion)
    {
        if (text.Contains(assertion, StringComparison.Ordinal) || text.Contains(assertion.Split('.')[^1], StringComparison.Ordinal))
        {
            return null;
        }

        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
