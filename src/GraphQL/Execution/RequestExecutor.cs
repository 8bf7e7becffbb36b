using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Runs GraphQL requests against a schema: parse (cached by text), validate (cached with it), select
/// the operation, coerce variables, execute. Request errors (syntax, validation, operation selection,
/// variables) give a result without <c>data</c>, as the spec requires. Thread-safe; one per schema.
/// </summary>
public sealed class RequestExecutor
{
    private readonly DocumentCache _documents;
    private readonly CacheHintIndex _cacheHints;

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Options = options ?? RequestExecutorOptions.Default;
        _documents = new DocumentCache(Options.DocumentCacheSize);
        _cacheHints = new CacheHintIndex(Schema, Options.Execution.CacheControl);
    }

    public Schema Schema { get; }

    public RequestExecutorOptions Options { get; }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryPrepare(request, out var document, out var requestErrors))
        {
            return ExecutionResult.FromRequestErrors(requestErrors);
        }

        if (!TrySelectOperation(document, request.OperationName, out var operation, out var fragments, out var operationError))
        {
            return ExecutionResult.FromRequestError(operationError);
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, operation.VariableDefinitions, request.Variables, variableErrors, Options.Execution.RedactInputValues);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.FromRequestErrors(variableErrors);
        }

        if (Options.CheckLimits?.Invoke(Schema, document, variables) is { Count: > 0 } limitErrors)
        {
            return ExecutionResult.FromRequestErrors(limitErrors);
        }

        using var executor = new OperationExecutor(Schema, document, operation, fragments, variables, request, Options.Execution, cancellationToken, _cacheHints);
        return await executor.ExecuteAsync(request.RootValue).ConfigureAwait(false);
    }

    /// <summary>Parses (or takes) the document and validates it; the result is cached by document text.</summary>
    public bool TryPrepare(ExecutionRequest request, out DocumentNode document, out IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Document is { } given)
        {
            document = given;
            errors = Options.Validate?.Invoke(Schema, given) ?? [];
            return errors.Count == 0;
        }

        if (string.IsNullOrEmpty(request.Query))
        {
            document = null!;
            errors = [GraphQLError.WithCode("Must provide query string.", ErrorCodes.BadUserInput)];
            return false;
        }

        if (!_documents.TryGet(request.Query, out var cached))
        {
            DocumentNode parsed;
            try
            {
                parsed = GraphQLParser.Parse(request.Query, Options.Parser);
            }
            catch (GraphQLSyntaxException syntaxError)
            {
                document = null!;
                errors = syntaxError.Errors;
                return false;
            }

            cached = new CachedDocument(parsed, Options.Validate?.Invoke(Schema, parsed) ?? []);
            _documents.Set(request.Query, cached);
        }

        document = cached.Document;
        errors = cached.ValidationErrors;
        return errors.Count == 0;
    }

    /// <summary>The spec's GetOperation (section 6.1) and the document's fragments by name.</summary>
    public static bool TrySelectOperation(
        DocumentNode document,
        string? operationName,
        out OperationDefinitionNode operation,
        out IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        out GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? found = null;
        var byName = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        error = null!;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (operationName is null)
                    {
                        if (found is not null)
                        {
                            operation = null!;
                            fragments = byName;
                            error = GraphQLError.WithCode("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationResolutionFailure);
                            return false;
                        }

                        found = candidate;
                    }
                    else if (candidate.Name?.Value == operationName)
                    {
                        found = candidate;
                    }

                    break;
                case FragmentDefinitionNode fragment:
                    byName[fragment.Name.Value] = fragment;
                    break;
            }
        }

        fragments = byName;
        if (found is null)
        {
            operation = null!;
            error = GraphQLError.WithCode(
                operationName is not null ? $"Unknown operation named \"{operationName}\"." : "Must provide an operation.",
                ErrorCodes.OperationResolutionFailure);
            return false;
        }

        operation = found;
        return true;
    }
}
