using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.Caching.Redis;

/// <summary>
/// A Lua script and its SHA-1 (the name Redis's script cache gives it). Run it with
/// <see cref="RedisClient.EvaluateAsync(RedisScript, IReadOnlyList{string}, IReadOnlyList{string}, CancellationToken)"/>:
/// EVALSHA, and EVAL (which loads it) only when the server answers NOSCRIPT, e.g. after a restart.
/// </summary>
public sealed class RedisScript
{
    /// <summary>Creates the script and computes its SHA-1.</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "Redis names cached scripts by their SHA-1; this is an identifier, not a security control.")]
    public RedisScript(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Source = source;
        Sha1 = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(source)));
    }

    /// <summary>The Lua source.</summary>
    public string Source { get; }

    /// <summary>The lower-case hex SHA-1 of the UTF-8 source, as <c>SCRIPT LOAD</c> returns it.</summary>
    public string Sha1 { get; }
}
