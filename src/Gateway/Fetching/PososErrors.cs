using System.Text.Json;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.Posos;

namespace Gateway.Fetching;

/// <summary>
/// Posos's failures as the gateway's GraphQL errors, each with <c>extensions.upstream: "POSOS"</c>: the client's typed
/// exceptions (<see cref="PososUnauthorizedException"/> → <c>UPSTREAM_UNAUTHORIZED</c>,
/// <see cref="PososUnavailableException"/> → <c>UPSTREAM_UNAVAILABLE</c>, <see cref="PososTimeoutException"/> →
/// <c>UPSTREAM_TIMEOUT</c>, <see cref="PososRateLimitedException"/> → <c>UPSTREAM_RATE_LIMITED</c>,
/// <see cref="PososNotConfiguredException"/> → <c>UPSTREAM_NOT_CONFIGURED</c>, <see cref="PososBadRequestException"/> →
/// <c>BAD_USER_INPUT</c>), and the GraphQL errors Posos answers, re-pathed under the gateway's field. Messages are the
/// client's own sentences (never a token, a URL or a body) or Posos's, with the request's health data blanked out.
/// </summary>
internal static class PososErrors
{
    /// <summary>The value of <c>extensions.upstream</c> on errors caused by Posos.</summary>
    public const string Upstream = "POSOS";

    /// <summary>What replaces a value of the request in an upstream message.</summary>
    public const string Blank = "[…]";

    /// <summary>
    /// Awaits a Posos call, rethrowing its failures as coded GraphQL errors; <paramref name="sensitive"/> (the request's
    /// health data) is blanked out of the reason Posos gave for refusing it.
    /// </summary>
    public static async Task<T> GuardAsync<T>(Task<T> call, IReadOnlyList<string> sensitive)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(sensitive);
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (PososException exception)
        {
            throw ToGraphQL(exception, sensitive);
        }
    }

    /// <summary>
    /// The GraphQL error a Posos client failure becomes. The only text of Posos's in it, the reason of a refused request
    /// (e.g. its documented 400, « un des paramètres passés dans la requête est invalide »), has every value of
    /// <paramref name="sensitive"/> blanked out: Posos may quote the code or date it refused.
    /// </summary>
    public static GraphQLException ToGraphQL(PososException exception, IReadOnlyList<string> sensitive)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(sensitive);
        var (code, message) = exception switch
        {
            PososNotConfiguredException => (ErrorCodes.UpstreamNotConfigured, exception.Message),
            PososUnauthorizedException { FromTokenEndpoint: true } => (ErrorCodes.UpstreamUnauthorized, "The token endpoint refused the gateway's Posos service-account key: check Posos__ServiceAccountKeyFile, Posos__Audience and Posos__TokenEndpoint."),
            PososUnauthorizedException unauthorized => (ErrorCodes.UpstreamUnauthorized, $"Posos refused the gateway's credentials ({Status(unauthorized.StatusCode)}): check Posos__Token or the service-account key."),
            PososTimeoutException => (ErrorCodes.UpstreamTimeout, exception.Message),
            PososRateLimitedException => (ErrorCodes.UpstreamRateLimited, "Posos is limiting the gateway's requests (429 Too Many Requests); try again later."),
            PososBadRequestException bad => (ErrorCodes.BadUserInput, bad.Diagnostics is { Length: > 0 } diagnostics ? "Posos refused the request: " + Redact(diagnostics, sensitive) : "Posos refused the request."),
            _ => (ErrorCodes.UpstreamUnavailable, exception.Message),
        };

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = code,
            ["upstream"] = Upstream,
        };
        if (exception is PososRateLimitedException { RetryAfter: { } retryAfter })
        {
            extensions["retryAfterSeconds"] = (int)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds));
        }

        return new GraphQLException(new GraphQLError(message, extensions: extensions));
    }

    /// <summary>The error for a value Posos sent that its schema does not allow (the field is null, its siblings stay).</summary>
    public static GraphQLException Malformed(IResolverContext context, string expected)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Coded($"Posos sent `{context.ParentType.Name}.{context.Field.Name}` as something other than {expected}.", ErrorCodes.UpstreamUnavailable);
    }

    /// <summary>
    /// The list under Posos's root field, its errors reported under the gateway's field. An error with a path below
    /// Posos's root field is reported at the same place below the gateway's field (the forwarded document keeps the
    /// client's response keys), located in the client's document; one without a path, or at the root field itself, is
    /// the gateway field's error. Without a list, the field is null with the errors (or a malformed-answer error).
    /// Call it from the resolver, after its await: it reports through <paramref name="context"/>.
    /// </summary>
    public static IReadOnlyList<JsonElement>? ReadList(PososResult result, PososForwardedOperation forwarded, PososSelection selection, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(forwarded);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(context);
        var fieldPath = context.Path.ToList();
        var atField = new List<GraphQLError>();
        var below = new List<GraphQLError>();
        foreach (var error in result.Errors)
        {
            var relative = error.Path is { Count: > 1 } path && path[0] is string root && root == forwarded.RootField ? path.Skip(1).ToList() : null;
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = error.Code == ErrorCodes.BadUserInput ? ErrorCodes.BadUserInput : ErrorCodes.UpstreamUnavailable,
                ["upstream"] = Upstream,
            };
            if (error.Code is { } upstreamCode)
            {
                extensions["upstreamCode"] = upstreamCode;
            }

            var message = Redact(error.Message, forwarded.SensitiveValues);
            if (relative is null)
            {
                atField.Add(new GraphQLError(message, extensions: extensions));
            }
            else
            {
                below.Add(new GraphQLError(message, selection.Locate(relative), [.. fieldPath, .. relative], extensions));
            }
        }

        var list = result.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(forwarded.RootField, out var value) ? value : default;
        if (list.ValueKind != JsonValueKind.Array)
        {
            if (list.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined && (atField.Count > 0 || below.Count > 0))
            {
                below.ForEach(context.ReportError);
                if (atField.Count > 0)
                {
                    throw new GraphQLException(atField);
                }

                return null;
            }

            throw Coded($"Posos answered without a list under `{forwarded.RootField}`.", ErrorCodes.UpstreamUnavailable);
        }

        foreach (var error in atField)
        {
            context.ReportError(error.WithPath(fieldPath, error.Locations ?? selection.Locate([])));
        }

        below.ForEach(context.ReportError);
        return [.. list.EnumerateArray()];
    }

    /// <summary>The message with every value of <paramref name="sensitive"/> (longest first) blanked out.</summary>
    public static string Redact(string message, IReadOnlyList<string> sensitive)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sensitive);
        foreach (var value in sensitive)
        {
            message = message.Replace(value, Blank, StringComparison.OrdinalIgnoreCase);
        }

        return message;
    }

    private static string Status(System.Net.HttpStatusCode? status) => status switch
    {
        System.Net.HttpStatusCode.Forbidden => "403 Forbidden",
        System.Net.HttpStatusCode.Unauthorized => "401 Unauthorized",
        { } other => ((int)other).ToString(System.Globalization.CultureInfo.InvariantCulture),
        null => "refused",
    };

    private static GraphQLException Coded(string message, string code) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = code,
            ["upstream"] = Upstream,
        }));
}
