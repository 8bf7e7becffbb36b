namespace Gateway.GraphQL;

/// <summary>
/// The one documented list of <c>extensions.code</c> values the engine and the gateway emit.
/// Clients may branch on these; they never change meaning.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax (or exceeds the parser's limits).</summary>
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document breaks a validation rule of the spec.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable or argument value cannot be coerced, or an input is otherwise refused.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation named by <c>operationName</c> is not in the document, or none was named where several exist.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>A non-null field resolved to null, or a value could not be serialized to its type.</summary>
    public const string InvalidResult = "INVALID_RESULT";

    /// <summary>A resolver failed in a way the client cannot act on; details are logged, not returned.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The requested item does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The operation type (e.g. subscription) is not supported by this server.</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>The request was cancelled or timed out before it completed.</summary>
    public const string RequestCancelled = "REQUEST_CANCELLED";

    /// <summary>The HTTP request is malformed: unreadable JSON, a missing or non-string query, wrong parameter types.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The request's Content-Type is missing or not one the endpoint reads (HTTP 415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The request body exceeds the configured limit (HTTP 413).</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The Accept header offers no media type the endpoint can answer with (HTTP 406).</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The HTTP method is not allowed for this request, e.g. a mutation over GET (HTTP 405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A batch (JSON array of requests) was sent while batching is disabled, or is too large.</summary>
    public const string BatchingNotAllowed = "BATCHING_NOT_ALLOWED";

    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";

    /// <summary>The operation expands to more fragment spreads than the server allows.</summary>
    public const string MaxFragmentsExceeded = "MAX_FRAGMENTS_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
    public const string UpstreamTimeout = "UPSTREAM_TIMEOUT";
    public const string UpstreamUnauthorized = "UPSTREAM_UNAUTHORIZED";
    public const string UpstreamRateLimited = "UPSTREAM_RATE_LIMITED";
    public const string UpstreamNotConfigured = "UPSTREAM_NOT_CONFIGURED";
}
