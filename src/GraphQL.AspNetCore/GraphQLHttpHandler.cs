using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// The endpoint <c>MapGraphQL</c> maps: GraphQL over HTTP (POST with a JSON body, GET with query-string
/// parameters, queries only), the SDL at <c>?sdl</c>, and the Banana Cake Pop IDE for browsers. Every
/// outcome is an HTTP answer with a GraphQL error body where one applies; the only exception that leaves
/// it is the client going away.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    public const string PathParameter = "graphqlPath";
    private const string BcpConfigFile = "bcp-config.json";
    private const string AllowGetPost = "GET, POST";
    private const string AllowPost = "POST";

    private static readonly JsonDocumentOptions BodyJsonOptions = new() { MaxDepth = 64 };

    private readonly RequestExecutor _executor;
    private readonly GraphQLServerOptions _options;
    private readonly BananaCakePopAssets? _ide;
    private readonly GraphQLResponseCache? _cache;
    private readonly ILogger _logger;
    private readonly Lazy<byte[]> _sdl;
    private readonly Lazy<byte[]> _ideConfig;

    public GraphQLHttpHandler(RequestExecutor executor, GraphQLServerOptions options, BananaCakePopAssets? ide, ILogger logger, GraphQLResponseCache? cache = null)
    {
        _executor = executor;
        _options = options;
        _ide = ide;
        _cache = cache;
        _logger = logger;
        _sdl = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(SchemaPrinter.Print(_executor.Schema) + "\n"));
        _ideConfig = new Lazy<byte[]>(CreateIdeConfig);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await HandleGuardedAsync(context).ConfigureAwait(false);
        }
        finally
        {
            if (_logger.IsEnabled(LogLevel.Information) && !context.RequestAborted.IsCancellationRequested)
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                GraphQLHttpLog.RequestCompleted(_logger, context.Request.Method, context.Request.Path, context.Response.StatusCode, elapsed);
            }
        }
    }

    private async Task HandleGuardedAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        try
        {
            await HandleCoreAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            GraphQLHttpLog.RequestAborted(_logger, context.Request.Method, context.Request.Path);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // The server could not read the body (malformed chunking, a body larger than its own limit...).
            var tooLarge = exception.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await GraphQLResponseWriter.WriteErrorAsync(
                context.Response,
                tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                MediaTypes.Negotiate(context.Request) ?? ResponseMediaType.Json,
                tooLarge ? TooLargeMessage() : "The request body could not be read.",
                tooLarge ? ErrorCodes.PayloadTooLarge : ErrorCodes.BadRequest,
                cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The endpoint answers every failure with a GraphQL error; nothing escapes to the server's error page.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            GraphQLHttpLog.RequestFailed(_logger, context.Request.Method, context.Request.Path, exception.GetType().FullName, exception.Message);
            if (context.Response.HasStarted)
            {
                // Part of a response is on its way: cut the connection rather than send broken JSON.
                context.Abort();
                return;
            }

            // Never a 500: the failure is reported as an execution that produced no data ("data": null,
            // status 200 for both media types), with a generic message and a code clients can act on.
            context.Response.Clear();
            await GraphQLResponseWriter.WriteAsync(
                context.Response,
                StatusCodes.Status200OK,
                MediaTypes.Negotiate(context.Request) ?? ResponseMediaType.Json,
                InternalErrorResult(),
                CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task HandleCoreAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.RouteValues.TryGetValue(PathParameter, out var routeValue) && routeValue is string { Length: > 0 } file)
        {
            await ServeIdeFileAsync(context, file, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsPost(request.Method))
        {
            await HandlePostAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet || HttpMethods.IsHead(request.Method))
        {
            if (_options.EnableSchemaDownload && request.Query.ContainsKey("sdl"))
            {
                await WriteSdlAsync(context, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (_ide is not null && MediaTypes.AcceptsHtml(request) && !request.Query.ContainsKey("query"))
            {
                await ServeIdeIndexAsync(context, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (isGet && _options.EnableGetRequests)
            {
                await HandleGetAsync(context, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        var allow = _options.EnableGetRequests ? AllowGetPost : AllowPost;
        await WriteMethodNotAllowedAsync(context, allow, $"The GraphQL endpoint accepts {allow} requests, not {request.Method}.", cancellationToken).ConfigureAwait(false);
    }

    private async Task HandleGetAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (MediaTypes.Negotiate(context.Request) is not { } mediaType)
        {
            await WriteNotAcceptableAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!GraphQLRequestParameters.TryRead(context.Request.Query, out var parameters, out var error))
        {
            await WriteBadRequestAsync(context, mediaType, error, cancellationToken).ConfigureAwait(false);
            return;
        }

        var request = parameters.ToExecutionRequest(context.RequestServices);
        if (IsMutation(request))
        {
            await WriteMethodNotAllowedAsync(context, AllowPost, "Mutations cannot be executed with GET; send them with POST.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_cache is not null)
        {
            await _cache.ExecuteAsync(context, parameters, mediaType, cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await _executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        await GraphQLResponseWriter.WriteAsync(context.Response, StatusCodeOf(result, mediaType), mediaType, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task HandlePostAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var httpRequest = context.Request;
        if (MediaTypes.Negotiate(httpRequest) is not { } mediaType)
        {
            await WriteNotAcceptableAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!MediaTypes.IsJsonRequest(httpRequest.ContentType))
        {
            var message = string.IsNullOrWhiteSpace(httpRequest.ContentType)
                ? "The request has no Content-Type: send the GraphQL request as JSON with 'Content-Type: application/json'."
                : $"The Content-Type '{httpRequest.ContentType}' is not supported: send the GraphQL request as JSON with 'Content-Type: application/json'.";
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, StatusCodes.Status415UnsupportedMediaType, mediaType, message, ErrorCodes.UnsupportedMediaType, cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(context, cancellationToken).ConfigureAwait(false);
        if (body.Error is { } failure)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, failure.StatusCode, mediaType, failure.Message, failure.Code, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (body.Single is { } parameters)
        {
            if (_cache is not null)
            {
                await _cache.ExecuteAsync(context, parameters, mediaType, cancellationToken).ConfigureAwait(false);
                return;
            }

            var result = await _executor.ExecuteAsync(parameters.ToExecutionRequest(context.RequestServices), cancellationToken).ConfigureAwait(false);
            await GraphQLResponseWriter.WriteAsync(context.Response, StatusCodeOf(result, mediaType), mediaType, result, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ExecuteBatchAsync(context, body.Batch!, mediaType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads and parses the JSON body; the pooled buffer and the JSON document are released before execution.</summary>
    private async Task<ParsedBody> ReadBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        using var body = await PooledRequestBody.ReadAsync(context, _options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return ParsedBody.Failed(StatusCodes.Status413PayloadTooLarge, TooLargeMessage(), ErrorCodes.PayloadTooLarge);
        }

        var json = body.Memory;
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return ParsedBody.Failed(StatusCodes.Status400BadRequest, "The request body is empty: send a JSON object with a 'query' string.", ErrorCodes.BadRequest);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, BodyJsonOptions);
        }
        catch (JsonException exception)
        {
            return ParsedBody.Failed(StatusCodes.Status400BadRequest, "The request body is not valid JSON: " + exception.Message, ErrorCodes.BadRequest);
        }

        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    return GraphQLRequestParameters.TryRead(root, out var parameters, out var error)
                        ? new ParsedBody(parameters, null, null)
                        : ParsedBody.Failed(StatusCodes.Status400BadRequest, error, ErrorCodes.BadRequest);
                case JsonValueKind.Array:
                    return ReadBatch(root);
                default:
                    return ParsedBody.Failed(StatusCodes.Status400BadRequest, "The request body must be a JSON object with a 'query' string.", ErrorCodes.BadRequest);
            }
        }
    }

    private ParsedBody ReadBatch(JsonElement root)
    {
        if (!_options.EnableBatching)
        {
            return ParsedBody.Failed(StatusCodes.Status400BadRequest, "Batched requests (a JSON array of requests) are not enabled on this endpoint.", ErrorCodes.BatchingNotAllowed);
        }

        var count = root.GetArrayLength();
        if (count == 0)
        {
            return ParsedBody.Failed(StatusCodes.Status400BadRequest, "The batch is empty: send at least one request.", ErrorCodes.BadRequest);
        }

        if (count > _options.MaxBatchSize)
        {
            return ParsedBody.Failed(StatusCodes.Status400BadRequest, $"The batch holds {count} requests; at most {_options.MaxBatchSize} are allowed.", ErrorCodes.BatchingNotAllowed);
        }

        var items = new List<BatchItem>(count);
        foreach (var element in root.EnumerateArray())
        {
            items.Add(GraphQLRequestParameters.TryRead(element, out var parameters, out var error)
                ? new BatchItem(parameters, null)
                : new BatchItem(null, error));
        }

        return new ParsedBody(null, items, null);
    }

    /// <summary>Runs the requests of a batch one after the other (each with its own DataLoaders), streaming each response as it completes.</summary>
    private async Task ExecuteBatchAsync(HttpContext context, IReadOnlyList<BatchItem> items, ResponseMediaType mediaType, CancellationToken cancellationToken)
    {
        var response = context.Response;
        if (_cache is not null)
        {
            // Batches are not cached; their parts could be, but a batch answer is one HTTP response.
            response.Headers.CacheControl = ResponseCacheHeaders.NoStore;
            response.Headers[ResponseCacheHeaders.XCache] = ResponseCacheHeaders.Bypass;
        }

        using var writer = GraphQLResponseWriter.StartBatch(response, mediaType);
        foreach (var item in items)
        {
            ExecutionResult result;
            if (item.Parameters is null)
            {
                result = ExecutionResult.FromRequestError(GraphQLError.WithCode(item.Error!, ErrorCodes.BadRequest));
            }
            else
            {
                try
                {
                    result = await _executor.ExecuteAsync(item.Parameters.ToExecutionRequest(context.RequestServices), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    GraphQLHttpLog.RequestFailed(_logger, context.Request.Method, context.Request.Path, exception.GetType().FullName, exception.Message);
                    result = InternalErrorResult();
                }
            }

            await GraphQLResponseWriter.WriteBatchItemAsync(response, writer, result, cancellationToken).ConfigureAwait(false);
        }

        await GraphQLResponseWriter.EndBatchAsync(response, writer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GraphQL over HTTP: application/graphql-response+json answers 400 when there is no data; application/json answers 200.</summary>
    private static int StatusCodeOf(ExecutionResult result, ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson && !result.HasData ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>True when the request selects a mutation (parsing it now; the executor reuses the parsed document from its cache).</summary>
    private bool IsMutation(ExecutionRequest request)
    {
        _executor.TryPrepare(request, out var document, out _);
        return document is not null
            && RequestExecutor.TrySelectOperation(document, request.OperationName, out var operation, out _, out _)
            && operation.Operation == OperationType.Mutation;
    }

    private async Task WriteSdlAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        var sdl = _sdl.Value;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.TextPlainUtf8;
        response.ContentLength = sdl.Length;
        response.Headers.ContentDisposition = "inline; filename=\"schema.graphql\"";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(sdl, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The IDE's page. Like HotChocolate, <c>/graphql</c> redirects to <c>/graphql/</c> so the IDE's
    /// relative URLs (<c>static/...</c>, <c>bcp-config.json</c>) resolve under the endpoint's path.
    /// </summary>
    private async Task ServeIdeIndexAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.Path.Value is not { } path || !path.EndsWith('/'))
        {
            context.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
            return;
        }

        await _ide!.TryServeAsync(context, BananaCakePopAssets.IndexFile, cancellationToken).ConfigureAwait(false);
    }

    private async Task ServeIdeFileAsync(HttpContext context, string file, CancellationToken cancellationToken)
    {
        var method = context.Request.Method;
        if (_ide is null || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (file == BcpConfigFile)
        {
            var config = _ideConfig.Value;
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = MediaTypes.JsonUtf8;
            response.ContentLength = config.Length;
            response.Headers.CacheControl = "no-cache";
            if (!HttpMethods.IsHead(method))
            {
                await response.Body.WriteAsync(config, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (!await _ide.TryServeAsync(context, file, cancellationToken).ConfigureAwait(false))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>
    /// The IDE's settings (read by its page from <c>bcp-config.json</c> beside it): this endpoint as the
    /// endpoint of every tab, no telemetry, the configured title and document.
    /// </summary>
    private byte[] CreateIdeConfig()
    {
        var ide = _options.Ide;
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("useBrowserUrlAsEndpoint", true);
            writer.WriteBoolean("disableTelemetry", true);
            writer.WriteString("title", ide.Title);
            writer.WriteBoolean("includeCookies", ide.IncludeCookies);
            if (ide.Document is { } document)
            {
                writer.WriteString("document", document);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static Task WriteBadRequestAsync(HttpContext context, ResponseMediaType mediaType, string message, CancellationToken cancellationToken) =>
        GraphQLResponseWriter.WriteErrorAsync(context.Response, StatusCodes.Status400BadRequest, mediaType, message, ErrorCodes.BadRequest, cancellationToken);

    private static Task WriteNotAcceptableAsync(HttpContext context, CancellationToken cancellationToken) =>
        GraphQLResponseWriter.WriteErrorAsync(
            context.Response,
            StatusCodes.Status406NotAcceptable,
            ResponseMediaType.Json,
            $"The Accept header names no media type this endpoint answers with: accept {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}.",
            ErrorCodes.NotAcceptable,
            cancellationToken);

    private static Task WriteMethodNotAllowedAsync(HttpContext context, string allow, string message, CancellationToken cancellationToken)
    {
        context.Response.Headers.Allow = allow;
        return GraphQLResponseWriter.WriteErrorAsync(
            context.Response,
            StatusCodes.Status405MethodNotAllowed,
            MediaTypes.Negotiate(context.Request) ?? ResponseMediaType.Json,
            message,
            ErrorCodes.MethodNotAllowed,
            cancellationToken);
    }

    private string TooLargeMessage() => $"The request body is larger than the {_options.MaxRequestBodyBytes} bytes this endpoint accepts.";

    private ExecutionResult InternalErrorResult() =>
        ExecutionResult.FromData(null, [GraphQLError.WithCode(_executor.Options.Execution.HiddenErrorMessage, ErrorCodes.InternalServerError)]);

    private sealed record BatchItem(GraphQLRequestParameters? Parameters, string? Error);

    private sealed record BodyFailure(int StatusCode, string Message, string Code);

    private sealed record ParsedBody(GraphQLRequestParameters? Single, IReadOnlyList<BatchItem>? Batch, BodyFailure? Error)
    {
        public static ParsedBody Failed(int statusCode, string message, string code) => new(null, null, new BodyFailure(statusCode, message, code));
    }
}
