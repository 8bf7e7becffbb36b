using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.Posos.Credentials;
using Gateway.Posos.Json;
using Gateway.Posos.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Posos;

/// <summary>
/// The typed HttpClient for Posos (register it with <c>services.AddPososClient(configuration)</c> and inject
/// <see cref="IPososClient"/>). Each call takes a bearer token from <see cref="IPososCredentials"/>, goes through the
/// resilience handler, and reads the answer from the stream with the source-generated <see cref="PososJsonContext"/>.
/// Logs carry the route, the operation name and the status only.
/// </summary>
public sealed class PososClient : IPososClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly IPososCredentials _credentials;
    private readonly PososOptions _options;
    private readonly PososResponseReader _reader;
    private readonly TimeProvider _time;
    private readonly ILogger<PososClient> _logger;

    /// <summary>Creates the client (the HttpClient comes from IHttpClientFactory with the resilience handler).</summary>
    public PososClient(HttpClient http, IPososCredentials credentials, IOptions<PososOptions> options, TimeProvider timeProvider, ILogger<PososClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _credentials = credentials;
        _options = options.Value;
        _reader = new PososResponseReader(PososUpstream.Api, _options.AttemptTimeout, timeProvider);
        _time = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<PososResult> ExecuteAsync(PososOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentException.ThrowIfNullOrWhiteSpace(operation.Query, nameof(operation));
        if (operation.Variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined) })
        {
            throw new ArgumentException("The variables of a GraphQL operation must be a JSON object.", nameof(operation));
        }

        var variables = operation.Variables is { ValueKind: JsonValueKind.Object } values ? values : (JsonElement?)null;
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new GraphQLRequestBody(operation.Query, variables, operation.OperationName),
            PososJsonContext.Default.GraphQLRequestBody);

        // A byte array: the retries resend it, and its Content-Length is known.
        using var request = new HttpRequestMessage(HttpMethod.Post, PososRoutes.GraphQL(_options))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = JsonMediaType } },
        };
        var name = string.IsNullOrEmpty(operation.OperationName) ? "(anonymous)" : operation.OperationName;
        request.Options.Set(PososRequestOptions.OperationName, name);

        using var response = await SendAsync(request, name, cancellationToken).ConfigureAwait(false);
        var result = response.IsSuccessStatusCode
            ? await ReadResultAsync(response, cancellationToken).ConfigureAwait(false)
            : await ReadRefusalAsync(response, cancellationToken).ConfigureAwait(false);
        PososLog.OperationResult(_logger, name, (int)result.StatusCode, result.Errors.Count);
        return result;
    }

    /// <inheritdoc />
    public async Task<PososAutocompleteResult> AutocompleteAsync(string query, PososEntityType entityType, int k, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new PososBadRequestException("The autocomplete query may not be blank.");
        }

        if (k is < 1 or > PososRoutes.MaxCandidates)
        {
            throw new PososBadRequestException($"The number of candidates must be between 1 and {PososRoutes.MaxCandidates}.");
        }

        if (!Enum.IsDefined(entityType))
        {
            throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Unknown entity type.");
        }

        var trimmed = query.Trim();
        var wireType = PososRoutes.EntityType(entityType);
        using var request = new HttpRequestMessage(HttpMethod.Get, PososRoutes.Autocomplete(_options, trimmed, entityType, k));
        request.Options.Set(PososRequestOptions.OperationName, "autocomplete " + wireType);
        using var response = await SendAsync(request, "autocomplete", cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await RefusalAsync(response, cancellationToken).ConfigureAwait(false);
        }

        var body = await _reader.ReadAsync(
            response,
            (stream, token) => JsonSerializer.DeserializeAsync(stream, PososJsonContext.Default.AutocompleteResponseBody, token),
            cancellationToken).ConfigureAwait(false)
            ?? throw PososFailures.Unavailable(PososUpstream.Api, "sent an empty autocomplete answer.");
        return PososResultMapper.Map(body, trimmed, wireType);
    }

    // Adds the bearer token and sends; a 401 drops the token from the cache so the next call gets a new one.
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        var token = await _credentials.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    _credentials.Reject(token);
                }

                var route = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : "?";
                PososLog.Refused(_logger, route, operation, (int)response.StatusCode);
                throw new PososUnauthorizedException(
                    $"Posos answered {PososFailures.Describe(response.StatusCode)}: the credentials were refused.",
                    response.StatusCode);
            }
        }

        return response;
    }

    private async Task<PososResult> ReadResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await _reader.ReadAsync(
            response,
            (stream, token) => JsonSerializer.DeserializeAsync(stream, PososJsonContext.Default.GraphQLResponseBody, token),
            cancellationToken).ConfigureAwait(false);
        return PososResultMapper.Map(body, response.StatusCode)
            ?? throw PososFailures.Unavailable(PososUpstream.Api, $"sent a response with neither data nor errors ({PososFailures.MediaType(response.Content.Headers)}).");
    }

    // 400/422 with a GraphQL error list is a result (request errors); anything else is an exception.
    private async Task<PososResult> ReadRefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity))
        {
            throw PososFailures.ForStatus(PososUpstream.Api, response, _time);
        }

        var bytes = await _reader.ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            if (PososResultMapper.Map(JsonSerializer.Deserialize(bytes, PososJsonContext.Default.GraphQLResponseBody), response.StatusCode) is { HasErrors: true } result)
            {
                return result;
            }
        }
        catch (JsonException)
        {
            // Not a GraphQL response: reported as a refused request below.
        }

        throw BadRequest(response.StatusCode, bytes);
    }

    private async Task<PososException> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity))
        {
            return PososFailures.ForStatus(PososUpstream.Api, response, _time);
        }

        var bytes = await _reader.ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        return BadRequest(response.StatusCode, bytes);
    }

    private static PososBadRequestException BadRequest(HttpStatusCode status, byte[] body)
    {
        var diagnostics = PososDiagnostics.Read(body);
        return new PososBadRequestException($"Posos refused the request ({PososFailures.Describe(status)}).")
        {
            Diagnostics = diagnostics,
            StatusCode = status,
        };
    }
}
