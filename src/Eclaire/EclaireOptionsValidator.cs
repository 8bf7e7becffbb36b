using Microsoft.Extensions.Options;

namespace Gateway.Eclaire;

/// <summary>Checks <see cref="EclaireOptions"/> at start-up so a bad setting fails fast with a clear message.</summary>
internal sealed class EclaireOptionsValidator : IValidateOptions<EclaireOptions>
{
    private static readonly TimeSpan HalfSecond = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, EclaireOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Eclaire:BaseUrl must be an absolute http(s) URL.");
        }

        if (options.TotalTimeout <= TimeSpan.Zero || options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add("Eclaire:TotalTimeout and Eclaire:AttemptTimeout must be positive.");
        }
        else if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add("Eclaire:AttemptTimeout may not exceed Eclaire:TotalTimeout.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add("Eclaire:MaxRetryAttempts must be between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay || options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add("Eclaire retry delays must be non-negative, with RetryMaxDelay >= RetryBaseDelay.");
        }

        var breaker = options.CircuitBreaker;
        if (breaker is null)
        {
            failures.Add("Eclaire:CircuitBreaker is required.");
        }
        else if (breaker.Enabled
            && (breaker.FailureRatio is <= 0 or > 1 || breaker.MinimumThroughput < 2
                || breaker.SamplingDuration < HalfSecond || breaker.BreakDuration < HalfSecond))
        {
            failures.Add("Eclaire:CircuitBreaker needs FailureRatio in (0, 1], MinimumThroughput >= 2, SamplingDuration and BreakDuration >= 0.5 s.");
        }

        var rate = options.RateLimit;
        if (rate is null)
        {
            failures.Add("Eclaire:RateLimit is required.");
        }
        else if (rate.PermitsPerMinute < 1 || rate.QueueLimit < 0 || rate.MaxQueueWait < TimeSpan.Zero)
        {
            failures.Add("Eclaire:RateLimit needs PermitsPerMinute >= 1, QueueLimit >= 0, MaxQueueWait >= 0.");
        }
        else if (rate.MaxQueueWait >= options.TotalTimeout)
        {
            failures.Add("Eclaire:RateLimit:MaxQueueWait must be shorter than Eclaire:TotalTimeout (a queued request would time out instead of being refused).");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent))
        {
            failures.Add("Eclaire:UserAgent may not be blank.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
