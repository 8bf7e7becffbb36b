using Gateway.Posos.Credentials;
using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.Posos;

/// <summary>
/// Checks <see cref="PososOptions"/> at start-up so a bad setting fails fast with a clear message that never quotes a
/// secret. Missing credentials are not an error (the client then answers every call with
/// <see cref="PososNotConfiguredException"/>); contradictory or unreadable ones are.
/// </summary>
internal sealed class PososOptionsValidator : IValidateOptions<PososOptions>
{
    public ValidateOptionsResult Validate(string? name, PososOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!UpstreamOptionsValidation.IsHttpUrl(options.BaseUrl))
        {
            failures.Add("Posos:BaseUrl must be an absolute http(s) URL.");
        }

        if (!IsRelativePath(options.GraphQLPath))
        {
            failures.Add("Posos:GraphQLPath must be a path relative to Posos:BaseUrl (e.g. aort/v1/graphql).");
        }

        if (!IsRelativePath(options.AutocompletePath))
        {
            failures.Add("Posos:AutocompletePath must be a path relative to Posos:BaseUrl (e.g. autocomplete-api/autocomplete).");
        }

        ValidateCredentials(options, failures);
        UpstreamOptionsValidation.ValidateResilience(PososOptions.SectionName, options, options.CircuitBreaker, failures);

        if (string.IsNullOrWhiteSpace(options.UserAgent))
        {
            failures.Add("Posos:UserAgent may not be blank.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCredentials(PososOptions options, List<string> failures)
    {
        var hasToken = !string.IsNullOrWhiteSpace(options.Token);
        var hasFile = !string.IsNullOrWhiteSpace(options.ServiceAccountKeyFile);
        var hasJson = !string.IsNullOrWhiteSpace(options.ServiceAccountKeyJson);
        if (hasFile && hasJson)
        {
            failures.Add("Set Posos:ServiceAccountKeyFile or Posos:ServiceAccountKeyJson, not both.");
            return;
        }

        if (hasToken && (hasFile || hasJson))
        {
            failures.Add("Set Posos:Token or a service-account key (Posos:ServiceAccountKeyFile / Posos:ServiceAccountKeyJson), not both.");
            return;
        }

        if (hasToken && options.Token!.Trim().Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            // Typically "Bearer xyz" pasted whole. The value is not quoted.
            failures.Add("Posos:Token must be the bare token: no \"Bearer \" prefix, no spaces.");
        }

        if (!hasFile && !hasJson)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Posos:Audience (the Identity-Aware Proxy client id) may not be blank with a service-account key.");
        }

        if (options.TokenEndpoint is not null && !UpstreamOptionsValidation.IsHttpUrl(options.TokenEndpoint))
        {
            failures.Add("Posos:TokenEndpoint must be an absolute http(s) URL.");
        }

        if (options.TokenRefreshSkew < TimeSpan.Zero || options.TokenRefreshSkew > TimeSpan.FromMinutes(30))
        {
            failures.Add("Posos:TokenRefreshSkew must be between 0 and 30 minutes.");
        }

        try
        {
            ServiceAccountKey.FromOptions(options);
        }
        catch (InvalidOperationException exception)
        {
            failures.Add(exception.Message);
        }
    }

    private static bool IsRelativePath(string? path) =>
        !string.IsNullOrWhiteSpace(path)
        && !path.Contains("://", StringComparison.Ordinal)
        && !path.Contains('?', StringComparison.Ordinal)
        && Uri.IsWellFormedUriString(path.TrimStart('/'), UriKind.Relative);
}
