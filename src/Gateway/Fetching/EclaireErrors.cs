using System.Globalization;
using Gateway.Eclaire;
using Gateway.GraphQL;

namespace Gateway.Fetching;

/// <summary>
/// Turns the ECLAIRE client's typed failures into GraphQL errors with a code from <see cref="ErrorCodes"/>, so the
/// field that needed ECLAIRE is null with a coded error and its siblings still resolve:
/// <see cref="EclaireUnavailableException"/> → <c>UPSTREAM_UNAVAILABLE</c>, <see cref="EclaireTimeoutException"/> →
/// <c>UPSTREAM_TIMEOUT</c>, <see cref="EclaireRateLimitedException"/> → <c>UPSTREAM_RATE_LIMITED</c> (with
/// <c>extensions.retryAfterSeconds</c> when known), <see cref="EclaireBadRequestException"/> → <c>BAD_USER_INPUT</c>
/// (with ECLAIRE's diagnostics). Messages are the client's own sentences: never a URL, a query string or a stack trace.
/// </summary>
internal static class EclaireErrors
{
    /// <summary>The value of <c>extensions.upstream</c> on errors caused by ECLAIRE.</summary>
    public const string Upstream = "ECLAIRE";

    /// <summary>Awaits an ECLAIRE call, rethrowing its failures as coded GraphQL errors.</summary>
    public static async Task<T> GuardAsync<T>(Task<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (EclaireException exception)
        {
            throw ToGraphQL(exception);
        }
    }

    /// <summary>The GraphQL error an ECLAIRE failure becomes.</summary>
    public static GraphQLException ToGraphQL(EclaireException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (code, message) = exception switch
        {
            EclaireTimeoutException => (ErrorCodes.UpstreamTimeout, exception.Message),
            EclaireRateLimitedException { FromUpstream: true } => (ErrorCodes.UpstreamRateLimited, "ECLAIRE is limiting the gateway's requests (429 Too Many Requests); try again later."),
            EclaireRateLimitedException => (ErrorCodes.UpstreamRateLimited, "The gateway's ECLAIRE request budget is spent for now; try again later."),
            EclaireBadRequestException bad => (ErrorCodes.BadUserInput, BadRequestMessage(bad)),
            _ => (ErrorCodes.UpstreamUnavailable, exception.Message),
        };

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = code,
            ["upstream"] = Upstream,
        };
        if (exception is EclaireRateLimitedException { RetryAfter: { } retryAfter })
        {
            extensions["retryAfterSeconds"] = (int)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds));
        }

        return new GraphQLException(new GraphQLError(message, extensions: extensions));
    }

    private static string BadRequestMessage(EclaireBadRequestException exception) => exception switch
    {
        { FromUpstream: true, Diagnostics: { Length: > 0 } diagnostics } => string.Create(CultureInfo.InvariantCulture, $"ECLAIRE refused the search: {diagnostics}"),
        { FromUpstream: true } => "ECLAIRE refused the search.",
        { Diagnostics: { Length: > 0 } diagnostics } => diagnostics,
        _ => exception.Message,
    };
}
