using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Gateway.Eclaire.Domain;
using Gateway.Eclaire.Fhir;
using Gateway.Eclaire.Mapping;
using Gateway.Eclaire.Resilience;
using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.Eclaire;

/// <summary>
/// The typed HttpClient for ECLAIRE (register it with <c>services.AddEclaireClient(configuration)</c> and inject
/// <see cref="IEclaireClient"/>). Responses are read from the stream with the source-generated
/// <see cref="FhirJsonContext"/> and mapped to domain records; identical requests in flight share one HTTP call.
/// </summary>
public sealed class EclaireClient : IEclaireClient
{
    private readonly HttpClient _http;
    private readonly EclaireRequestCoalescer _coalescer;
    private readonly TimeProvider _time;
    private readonly UpstreamBodyReader _body;

    /// <summary>Creates the client (the HttpClient comes from IHttpClientFactory with the resilience handler).</summary>
    public EclaireClient(HttpClient http, EclaireRequestCoalescer coalescer, IOptions<EclaireOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(coalescer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _http = http;
        _coalescer = coalescer;
        _time = timeProvider;

        // The body is read within the attempt timeout (the resilience pipeline ends with the headers).
        _body = new UpstreamBodyReader(options.Value.AttemptTimeout, timeProvider, static (failure, inner) => failure == BodyReadFailure.TimedOut
            ? new EclaireTimeoutException("ECLAIRE did not send its response in time.", inner)
            : new EclaireUnavailableException("ECLAIRE's response was interrupted.", inner));
    }

    /// <inheritdoc />
    public Task<StudyPage> SearchStudiesAsync(StudySearch query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        string uri;
        try
        {
            uri = EclaireRoutes.Search(query);
        }
        catch (EclaireBadRequestException exception)
        {
            return Task.FromException<StudyPage>(exception);
        }

        var offset = query.Offset ?? 0;
        var pageSize = EclaireRoutes.PageSize(query);
        return GetAsync(
            uri,
            async (response, token) =>
            {
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    // ECLAIRE answers a search without match with 404 and an empty Bundle.
                    return BundleMapper.Empty(offset, pageSize);
                }

                var bundle = await ReadAsync(response, FhirJsonContext.Default.Bundle, token).ConfigureAwait(false);
                return BundleMapper.Map(bundle, offset, pageSize);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<Study?> GetStudyAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync(id, EclaireRoutes.Study, FhirJsonContext.Default.ResearchStudy, StudyMapper.Map, cancellationToken);

    /// <inheritdoc />
    public async Task<StudyDetails?> GetStudyDetailsAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var page = await SearchStudiesAsync(new StudySearch { Identifier = id, IncludeRelated = true }, cancellationToken).ConfigureAwait(false);
        var study = page.Studies.FirstOrDefault(s => string.Equals(s.Id, id.Trim(), StringComparison.Ordinal));
        if (study is null)
        {
            return null;
        }

        var group = page.Groups.FirstOrDefault(g => g.Id == study.GroupId)
            ?? page.Groups.FirstOrDefault(g => g.StudyId == study.Id);
        var sites = page.Sites.Where(s => s.StudyId == study.Id || study.SiteIds.Contains(s.Id, StringComparer.Ordinal)).ToList();
        var organization = page.Organizations.FirstOrDefault(o => o.Id == study.OrganizationId);
        return new StudyDetails(study, group, sites, organization);
    }

    /// <inheritdoc />
    public Task<StudyGroup?> GetGroupAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync(id, EclaireRoutes.Group, FhirJsonContext.Default.Group, GroupMapper.Map, cancellationToken);

    /// <inheritdoc />
    public Task<Site?> GetSiteAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync(id, EclaireRoutes.Location, FhirJsonContext.Default.Location, SiteMapper.Map, cancellationToken);

    /// <inheritdoc />
    public Task<Domain.Organization?> GetOrganizationAsync(string id, CancellationToken cancellationToken) =>
        OrganizationAssociations.IsKnown(id?.Trim())
            ? ReadAsync(id!, EclaireRoutes.Organization, FhirJsonContext.Default.Organization, OrganizationMapper.Map, cancellationToken)
            : Task.FromResult<Domain.Organization?>(null);

    /// <inheritdoc />
    public Task<Statistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        GetAsync(
            EclaireRoutes.Statistics,
            async (response, token) =>
            {
                await EnsureSuccessAsync(response, token).ConfigureAwait(false);
                try
                {
                    // Parsing is inside the try: a malformed body is an unavailable upstream, not a crash.
                    using var body = await _body.ReadAsync(
                        response,
                        (stream, t) => new ValueTask<JsonDocument>(JsonDocument.ParseAsync(stream, default, t)),
                        token).ConfigureAwait(false);
                    return StatisticsMapper.Map(body.RootElement);
                }
                catch (JsonException exception)
                {
                    throw new EclaireUnavailableException("ECLAIRE sent unreadable statistics.", exception);
                }
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Study>> GetStudiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        ReadManyAsync(ids, GetStudyAsync, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StudyGroup>> GetGroupsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        ReadManyAsync(ids, GetGroupAsync, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Site>> GetSitesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        ReadManyAsync(ids, GetSiteAsync, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Domain.Organization>> GetOrganizationsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        ReadManyAsync(ids, GetOrganizationAsync, cancellationToken);

    private static async Task<IReadOnlyDictionary<string, TValue>> ReadManyAsync<TValue>(
        IReadOnlyList<string> ids,
        Func<string, CancellationToken, Task<TValue?>> read,
        CancellationToken cancellationToken)
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var reads = distinct.Select(id => read(id, cancellationToken)).ToList();
        var values = await Task.WhenAll(reads).ConfigureAwait(false);
        var result = new Dictionary<string, TValue>(distinct.Count, StringComparer.Ordinal);
        for (var i = 0; i < distinct.Count; i++)
        {
            if (values[i] is { } value)
            {
                result[distinct[i]] = value;
            }
        }

        return result;
    }

    private Task<TDomain?> ReadAsync<TResource, TDomain>(
        string id,
        Func<string, string> route,
        JsonTypeInfo<TResource> typeInfo,
        Func<TResource, TDomain> map,
        CancellationToken cancellationToken)
        where TDomain : class
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return Task.FromResult<TDomain?>(null);
        }

        return GetAsync<TDomain?>(
            route(id.Trim()),
            async (response, token) =>
            {
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return null;
                }

                var resource = await ReadAsync(response, typeInfo, token).ConfigureAwait(false);
                return map(resource);
            },
            cancellationToken);
    }

    // One GET, shared with identical requests in flight. The response is disposed once handled.
    private Task<T> GetAsync<T>(string relativeUri, Func<HttpResponseMessage, CancellationToken, Task<T>> handle, CancellationToken cancellationToken) =>
        _coalescer.RunAsync(
            relativeUri,
            async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(relativeUri, UriKind.Relative));
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                return await handle(response, token).ConfigureAwait(false);
            },
            cancellationToken);

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            return await _body.ReadAsync(
                response,
                (stream, token) => JsonSerializer.DeserializeAsync(stream, typeInfo, token),
                cancellationToken).ConfigureAwait(false)
                ?? throw new EclaireUnavailableException("ECLAIRE sent an empty response.");
        }
        catch (JsonException exception)
        {
            throw new EclaireUnavailableException("ECLAIRE sent an unreadable response.", exception);
        }
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = response.StatusCode;
        if (status == HttpStatusCode.BadRequest)
        {
            throw new EclaireBadRequestException("ECLAIRE refused the query.")
            {
                Diagnostics = await ReadDiagnosticsAsync(response, cancellationToken).ConfigureAwait(false),
                FromUpstream = true,
            };
        }

        throw status switch
        {
            HttpStatusCode.RequestTimeout => new EclaireTimeoutException("ECLAIRE answered 408 Request Timeout."),
            HttpStatusCode.TooManyRequests => new EclaireRateLimitedException("ECLAIRE answered 429 Too Many Requests.")
            {
                FromUpstream = true,
                RetryAfter = TransientFailures.RetryAfter(response, _time),
            },
            _ when (int)status >= 500 => new EclaireUnavailableException($"ECLAIRE answered {(int)status}.", status),
            _ => new EclaireUnavailableException($"ECLAIRE answered an unexpected {(int)status}.", status),
        };
    }

    // The reason of a 400: OperationOutcome issue diagnostics, or the NestJS error message. Reads at most 64 KiB.
    private async Task<string?> ReadDiagnosticsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await _body.ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
            var body = JsonSerializer.Deserialize(bytes, FhirJsonContext.Default.UpstreamErrorBody);
            var diagnostics = body?.Issue?.Select(i => i.Diagnostics ?? i.Details?.Text).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d));
            if (diagnostics is not null)
            {
                return diagnostics;
            }

            return body?.Message switch
            {
                { ValueKind: JsonValueKind.String } message => JsonStrings.Read(message),
                { ValueKind: JsonValueKind.Array } messages => string.Join("; ", messages.EnumerateArray()
                    .Where(m => m.ValueKind == JsonValueKind.String)
                    .Select(JsonStrings.Read)),
                _ => body?.Error,
            };
        }
        catch (Exception exception) when (exception is JsonException or EclaireException)
        {
            return null;
        }
    }
}
