using System.Text.Json;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.Conformance.Runner;

/// <summary>
/// Runs conformance cases against a schema built from SDL with graphql-js's default resolution rules:
/// a field is the parent JSON object's property of the same name, the root value is the whole data
/// document, abstract types resolve by <c>__typename</c>, and <c>echo*</c> fields return their coerced
/// arguments as sorted JSON text.
/// </summary>
public sealed class ConformanceRunner
{
    // JavaScript's JSON.parse has no nesting limit (System.Text.Json's default is 64): data and
    // variables nested deeper than any client sends must still read as graphql-js reads them.
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = int.MaxValue };

    private readonly RequestExecutor _executor;
    private readonly object? _root;

    private ConformanceRunner(RequestExecutor executor, object? root)
    {
        _executor = executor;
        _root = root;
    }

    public static ConformanceRunner Create(string sdl, string dataJson)
    {
        using var data = JsonDocument.Parse(dataJson, JsonOptions);
        var root = JsonInput.ToPlainValue(data.RootElement);
        var schema = SchemaBuilder.FromSdl(sdl)
            .IgnoreInvalidDefaultValues() // what graphql-js 16's buildSchema and validateSchema accept
            .AllowSharedRootTypes()
            .UseDefaultFieldResolver(ResolveField)
            .Build();
        // graphql-js validates with its specified rules only and has no parser limits: neither has the
        // runner (it runs on a thread with a large stack, so deep documents cannot overflow it).
        var options = RequestExecutorOptions.Default with
        {
            Validate = DocumentValidator.Using(ValidationOptions.Unlimited),
            CheckLimits = null,
            Parser = new ParserOptions { MaxDocumentBytes = int.MaxValue, MaxTokens = int.MaxValue, MaxNestingDepth = 10_000 },
        };
        return new ConformanceRunner(new RequestExecutor(schema, options), root);
    }

    /// <summary>Runs one case line and returns the response as one line of JSON.</summary>
    public async Task<string> RunCaseAsync(string caseLine)
    {
        ExecutionResult result;
        try
        {
            using var document = JsonDocument.Parse(caseLine, JsonOptions);
            var testCase = document.RootElement;
            var query = testCase.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? JsonInput.GetString(q) : null;
            var operationName = testCase.TryGetProperty("operationName", out var o) && o.ValueKind == JsonValueKind.String ? JsonInput.GetString(o) : null;
            var variables = testCase.TryGetProperty("variables", out var v) ? JsonInput.ToVariables(v) : null;
            result = await _executor.ExecuteAsync(new ExecutionRequest
            {
                Query = query,
                OperationName = operationName,
                Variables = variables,
                RootValue = _root,
            }).ConfigureAwait(false);
        }
        catch (JsonException error)
        {
            result = ExecutionResult.FromRequestError(new GraphQLError("Invalid case line: " + error.Message));
        }
#pragma warning disable CA1031 // One case must never stop the others: the runner reports and goes on.
        catch (Exception error)
#pragma warning restore CA1031
        {
            result = ExecutionResult.FromData(null, [GraphQLError.WithCode("The runner failed on this case: " + error.GetType().Name + ": " + error.Message, ErrorCodes.InternalServerError)]);
        }

        return result.ToJson();
    }

    private static ValueTask<object?> ResolveField(IResolverContext context)
    {
        if (context.Field.Name.StartsWith("echo", StringComparison.Ordinal))
        {
            return new ValueTask<object?>(EchoJson.Write(context.Arguments));
        }

        return new ValueTask<object?>(context.Parent is IReadOnlyDictionary<string, object?> parent ? parent.GetValueOrDefault(context.Field.Name) : null);
    }
}
