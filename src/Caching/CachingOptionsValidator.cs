using Gateway.Caching.Redis;
using Microsoft.Extensions.Options;

namespace Gateway.Caching;

/// <summary>Checks the caching and Redis options at start-up so a bad setting fails fast, never echoing a secret.</summary>
internal sealed class CachingOptionsValidator : IValidateOptions<CachingOptions>, IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, CachingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.KeyPrefix is null || options.KeyPrefix.Any(char.IsWhiteSpace))
        {
            failures.Add("Caching:KeyPrefix is required and may not contain spaces.");
        }

        if (options.ScopeSecret is { } secret && secret.Length < CacheKeyScope.MinimumSecretLength)
        {
            failures.Add($"Caching:ScopeSecret must be at least {CacheKeyScope.MinimumSecretLength} characters.");
        }

        if (options.Memory is not { MaxEntries: >= 1, MaxBytes: >= 1 })
        {
            failures.Add("Caching:Memory needs MaxEntries >= 1 and MaxBytes >= 1.");
        }

        if (options.CircuitBreaker is not { FailureThreshold: >= 1 } breaker || breaker.BreakDuration <= TimeSpan.Zero)
        {
            failures.Add("Caching:CircuitBreaker needs FailureThreshold >= 1 and a positive BreakDuration.");
        }

        if (options.RateBudget is not { LocalFallbackShare: > 0 and <= 1 })
        {
            failures.Add("Caching:RateBudget:LocalFallbackShare must be in (0, 1].");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Configuration))
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            RedisConnectionOptions.Parse(options.Configuration);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            // The parser's messages name keys and endpoints, never values such as the password.
            return ValidateOptionsResult.Fail("Redis:Configuration is invalid: " + exception.Message);
        }
    }
}
