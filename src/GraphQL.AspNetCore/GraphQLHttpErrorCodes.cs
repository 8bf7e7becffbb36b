namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// The <c>extensions.code</c> values of errors the HTTP transport itself reports (before or instead of
/// executing a request). They extend <see cref="ErrorCodes"/>, whose codes (e.g. GRAPHQL_PARSE_FAILED,
/// INTERNAL_SERVER_ERROR) the executor's errors carry.
/// </summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The request is not a well-formed GraphQL-over-HTTP request: unreadable JSON, a parameter of the wrong type, no query (400).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A POST without a JSON body (Content-Type other than <c>application/json</c>) (415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The request body is larger than <see cref="GraphQLServerOptions.MaxRequestBodyBytes"/> (413).</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The <c>Accept</c> header names no media type the endpoint can answer with (406).</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The HTTP method is not allowed, e.g. a mutation sent with GET (405, with an <c>Allow</c> header).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A batch (JSON array of requests) was sent while batching is off, or it holds too many requests (400).</summary>
    public const string BatchingNotAllowed = "BATCHING_NOT_ALLOWED";
}
