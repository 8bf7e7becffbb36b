using System.Text.Json;
using Gateway.GraphQL.CacheControl;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The response of one operation (spec section 7.1): <c>data</c> (absent for request errors, null
/// when a null propagated to the root), <c>errors</c>, and <c>extensions</c>.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, ResultMap? data, IReadOnlyList<GraphQLError> errors)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
    }

    /// <summary>False for request errors (syntax, validation, variables, operation selection): no <c>data</c> entry.</summary>
    public bool HasData { get; }

    /// <summary>The data; null when execution nulled it (or when <see cref="HasData"/> is false).</summary>
    public ResultMap? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Response extensions (e.g. cache-control hints); written when not empty.</summary>
    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>
    /// How long the response may be cached and by whom (the smallest max age of the fields it touched, PRIVATE when any
    /// is); <see cref="CachePolicy.NotCacheable"/> for request errors, responses with errors and mutations.
    /// </summary>
    public CachePolicy CachePolicy { get; internal set; } = CachePolicy.NotCacheable;

    /// <summary>True for a request error: parse, validation, variables or operation selection failed.</summary>
    public bool IsRequestError => !HasData;

    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError> errors) => new(true, data, errors);

    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors);

    public static ExecutionResult FromRequestError(GraphQLError error) => new(false, null, [error]);

    public void WriteTo(Utf8JsonWriter writer) => ResultJsonWriter.Write(writer, this);

    public string ToJson() => ResultJsonWriter.ToJson(this);

    public override string ToString() => ToJson();
}
