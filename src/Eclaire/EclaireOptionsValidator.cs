using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.Eclaire;

/// <summary>Checks <see cref="EclaireOptions"/> at start-up so a bad setting fails fast with a clear message.</summary>
internal sealed class EclaireOptionsValidator : IValidateOptions<EclaireOptions>
{
    public ValidateOptionsResult Validate(string? name, EclaireOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!UpstreamOptionsValidation.IsHttpUrl(options.BaseUrl))
        {
            failures.Add("Eclaire:BaseUrl must be an absolute http(s) URL.");
        }

        UpstreamOptionsValidation.ValidateResilience(EclaireOptions.SectionName, options, options.CircuitBreaker, failures);

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
