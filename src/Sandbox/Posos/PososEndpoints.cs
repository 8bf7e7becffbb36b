using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.Sandbox.Common;
using Gateway.Sandbox.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sandbox.Posos;

/// <summary>
/// Maps the Posos routes: the AORT GraphQL endpoint at <c>/aort/v1/graphql</c> and
/// <c>/aort-api-v3/v1/graphql</c>, and <c>/autocomplete-api/autocomplete</c>, all behind the bearer check.
/// </summary>
internal static class PososEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, PososSandboxOptions options)
    {
        var group = endpoints.MapGroup(options.PathPrefix);
        foreach (var path in new[] { "/aort/v1/graphql", "/aort-api-v3/v1/graphql" })
        {
            group.MapPost(path, (Func<HttpContext, Task<IResult>>)(http => GraphQLAsync(http, path)))
                .AddEndpointFilter(new SandboxRouteFilter(SandboxUpstream.Posos, "POST " + path))
                .ExcludeFromDescription();
        }

        group.MapGet("/autocomplete-api/autocomplete", Autocomplete)
            .AddEndpointFilter(new SandboxRouteFilter(SandboxUpstream.Posos, "GET /autocomplete-api/autocomplete"))
            .ExcludeFromDescription();
    }

    private static async Task<IResult> GraphQLAsync(HttpContext http, string path)
    {
        var sandbox = http.RequestServices.GetRequiredService<PososSandbox>();
        if (sandbox.Authenticate(http.Request.Headers.Authorization) is { } refusal)
        {
            return Unauthorized(refusal);
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Errors(400, "POST body sent invalid JSON.");
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Errors(400, "POST body sent invalid JSON.");
            }

            var query = Property(root, "query") is { ValueKind: JsonValueKind.String } q ? q.GetString() : null;
            var operationName = Property(root, "operationName") is { ValueKind: JsonValueKind.String } o ? o.GetString() : null;
            var variables = Property(root, "variables");
            sandbox.Recorder.Record(new PososOperation(
                http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
                path,
                operationName,
                query,
                variables is { ValueKind: not JsonValueKind.Undefined } v ? v.Clone() : null));

            var result = await sandbox.Executor.ExecuteAsync(
                new ExecutionRequest
                {
                    Query = query,
                    OperationName = operationName,
                    Variables = variables is { } values ? JsonInput.ToVariables(values) : null,
                },
                http.RequestAborted).ConfigureAwait(false);
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
            {
                result.WriteTo(writer);
            }

            return new SandboxResult(200, "application/json; charset=utf-8", buffer.WrittenSpan.ToArray());
        }
    }

    private static SandboxResult Autocomplete(HttpContext http)
    {
        var sandbox = http.RequestServices.GetRequiredService<PososSandbox>();
        if (sandbox.Authenticate(http.Request.Headers.Authorization) is { } refusal)
        {
            return Unauthorized(refusal);
        }

        var request = http.Request.Query;
        var query = request["query"].ToString();
        if (!request.ContainsKey("query"))
        {
            return Validation("query", "field required", "value_error.missing");
        }

        var entityType = request.ContainsKey("entity_type") ? request["entity_type"].ToString() : "DRUG";
        if (!PososAutocomplete.EntityTypes.Contains(entityType))
        {
            return Validation("entity_type", "value is not a valid enumeration member; permitted: 'DRUG', 'ADVERSE_EFFECT', 'BRANDED_DRUG', 'CLINICAL_DRUG', 'CLINICAL_INDICATION', 'CONTRAINDICATION_TERRAIN', 'INGREDIENT', 'SPECIALTY'", "type_error.enum");
        }

        var k = 10;
        if (request.ContainsKey("k") && !int.TryParse(request["k"], NumberStyles.Integer, CultureInfo.InvariantCulture, out k))
        {
            return Validation("k", "value is not a valid integer", "type_error.integer");
        }

        var threshold = 0.4;
        if (request.ContainsKey("thresh") && !double.TryParse(request["thresh"], NumberStyles.Float, CultureInfo.InvariantCulture, out threshold))
        {
            return Validation("thresh", "value is not a valid float", "type_error.float");
        }

        var levels = request["type"].Concat(request["drug_concept_levels"])
            .OfType<string>()
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        var response = PososAutocomplete.Search(sandbox.Knowledge, query, entityType, k, threshold, request["must_contain"].ToString(), levels);
        return JsonResults.Json(response, PososJsonContext.Default.AutocompleteResponse);
    }

    /// <summary>What the Identity-Aware Proxy answers before the request reaches the API: 401 and a plain page.</summary>
    private static SandboxResult Unauthorized(string message) =>
        new(401, "text/html; charset=UTF-8", System.Text.Encoding.UTF8.GetBytes(message))
        {
            Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["X-Goog-IAP-Generated-Response"] = "true" },
        };

    private static SandboxResult Errors(int status, string message) => new(status, "application/json; charset=utf-8", JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }));

    /// <summary>A FastAPI-style validation error (HTTP 422), as the autocomplete service answers a bad parameter.</summary>
    private static SandboxResult Validation(string parameter, string message, string type) => new(422, "application/json", JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("detail");
        writer.WriteStartObject();
        writer.WriteStartArray("loc");
        writer.WriteStringValue("query");
        writer.WriteStringValue(parameter);
        writer.WriteEndArray();
        writer.WriteString("msg", message);
        writer.WriteString("type", type);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }));

    private static JsonElement? Property(JsonElement root, string name) => root.TryGetProperty(name, out var value) ? value : null;
}
