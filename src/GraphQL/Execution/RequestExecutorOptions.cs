using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>The request pipeline's settings: parsing limits, validation, execution.</summary>
public sealed record RequestExecutorOptions
{
    public static RequestExecutorOptions Default { get; } = new();

    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;

    /// <summary>
    /// Validates a parsed document against the schema; errors stop the request before execution.
    /// Null skips validation (the executor still never fails on an invalid document).
    /// </summary>
    public Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? Validate { get; init; }

    /// <summary>How many parsed documents (and their validation results) are kept, by text (default 1,000).</summary>
    public int DocumentCacheSize { get; init; } = 1000;
}
