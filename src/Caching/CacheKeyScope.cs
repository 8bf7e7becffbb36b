using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Caching;

/// <summary>
/// Scopes PRIVATE cache entries to their caller: HMAC-SHA256 of the caller's scope (e.g. the bearer token or user id)
/// under a secret shared by the gateway instances, so a key never reveals the scope and cannot be forged without the
/// secret. Thread-safe and stateless past the secret.
/// </summary>
public sealed class CacheKeyScope
{
    /// <summary>Shortest secret accepted, in characters (UTF-8 bytes for the byte overload).</summary>
    public const int MinimumSecretLength = 32;

    private readonly byte[] _secret;

    /// <summary>Creates the helper from <see cref="CachingOptions.ScopeSecret"/>; a random secret when it is unset.</summary>
    public CacheKeyScope(IOptions<CachingOptions> options, ILogger<CacheKeyScope> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (options.Value.ScopeSecret is { } secret)
        {
            _secret = Validated(Encoding.UTF8.GetBytes(secret));
        }
        else
        {
            _secret = RandomNumberGenerator.GetBytes(32);
            CachingLog.EphemeralScopeSecret(logger);
        }
    }

    /// <summary>Creates the helper with a secret (copied).</summary>
    public CacheKeyScope(ReadOnlySpan<byte> secret)
    {
        _secret = Validated(secret.ToArray());
    }

    /// <summary>The lower-case hex HMAC-SHA256 (64 characters) of <paramref name="callerScope"/>'s UTF-8 bytes.</summary>
    public string Scope(string callerScope)
    {
        ArgumentNullException.ThrowIfNull(callerScope);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(callerScope)));
    }

    /// <summary><c>{key}:private:{Scope(callerScope)}</c>: the key of an entry only this caller may read.</summary>
    public string ScopedKey(string key, string callerScope)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key + ":private:" + Scope(callerScope);
    }

    private static byte[] Validated(byte[] secret) =>
        secret.Length >= MinimumSecretLength
            ? secret
            : throw new ArgumentException($"The scope secret must be at least {MinimumSecretLength} bytes.", nameof(secret));
}
