using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Execution;

/// <summary>The request pipeline's settings: parsing limits, validation, execution.</summary>
public sealed record RequestExecutorOptions
{
    public static RequestExecutorOptions Default { get; } = new();

    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;

    /// <summary>
    /// Validates a parsed document against the schema; errors stop the request before execution. The
    /// result is cached with the parsed document, by document text. Default: every spec rule plus the
    /// safety limits of <see cref="ValidationOptions.Default"/>; use <see cref="DocumentValidator.Using"/>
    /// for other limits (<see cref="ValidationOptions.Unlimited"/> for the spec rules alone). Null skips
    /// validation (the executor still never fails on an invalid document).
    /// </summary>
    public Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? Validate { get; init; } = DocumentValidator.Using(ValidationOptions.Default);

    /// <summary>
    /// Checks the safety limits again with the request's coerced variable values, after variable coercion
    /// and before execution (the cached <see cref="Validate"/> result knows no variable values). Default: the
    /// cost limit of <see cref="ValidationOptions.Default"/> for documents whose list sizes come from
    /// variables; null skips it.
    /// </summary>
    public Func<Schema, DocumentNode, IReadOnlyDictionary<string, object?>?, IReadOnlyList<GraphQLError>>? CheckLimits { get; init; } =
        DocumentValidator.LimitsWithVariables(ValidationOptions.Default);

    /// <summary>How many parsed documents (and their validation results) are kept, by text (default 1,000).</summary>
    public int DocumentCacheSize { get; init; } = 1000;
}
