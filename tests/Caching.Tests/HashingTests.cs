using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Caching.Tests;

public sealed class HashingTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("a-secret-of-at-least-thirty-two-bytes!");

    [Fact]
    public void The_scope_is_the_hex_hmac_sha256_of_the_caller_scope()
    {
        // RFC 4231 test case 2's data, with a long key, checked against System.Security.Cryptography directly.
        var scope = new CacheKeyScope(Secret);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Secret, "what do ya want for nothing?"u8));

        Assert.Equal(expected, scope.Scope("what do ya want for nothing?"));
        Assert.Equal(64, scope.Scope("user-1").Length);
    }

    [Fact]
    public void Scopes_are_stable_distinct_per_caller_and_per_secret()
    {
        var scope = new CacheKeyScope(Secret);
        var other = new CacheKeyScope(Encoding.UTF8.GetBytes("another-secret-of-thirty-two-bytes-or-more"));

        Assert.Equal(scope.Scope("Bearer abc"), new CacheKeyScope(Secret).Scope("Bearer abc"));
        Assert.NotEqual(scope.Scope("Bearer abc"), scope.Scope("Bearer abd"));
        Assert.NotEqual(scope.Scope("Bearer abc"), other.Scope("Bearer abc"));
        Assert.Equal("resp:123:private:" + scope.Scope("u"), scope.ScopedKey("resp:123", "u"));
        Assert.DoesNotContain("Bearer", scope.ScopedKey("k", "Bearer abc"), StringComparison.Ordinal);
    }

    [Fact]
    public void Short_secrets_are_refused_and_an_unset_secret_is_random_per_instance()
    {
        Assert.Throws<ArgumentException>(() => new CacheKeyScope("short"u8));

        var a = new CacheKeyScope(Options.Create(new CachingOptions()), NullLogger<CacheKeyScope>.Instance);
        var b = new CacheKeyScope(Options.Create(new CachingOptions()), NullLogger<CacheKeyScope>.Instance);
        Assert.NotEqual(a.Scope("u"), b.Scope("u"));

        var configured = new CacheKeyScope(Options.Create(new CachingOptions { ScopeSecret = Encoding.UTF8.GetString(Secret) }), NullLogger<CacheKeyScope>.Instance);
        Assert.Equal(new CacheKeyScope(Secret).Scope("u"), configured.Scope("u"));
    }

    [Fact]
    public void Stable_hash_is_sha256_hex()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", StableHash.Sha256Hex("abc"));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", StableHash.Sha256Hex(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void Parts_are_framed_so_different_splits_differ()
    {
        Assert.NotEqual(StableHash.OfParts("ab", "c"), StableHash.OfParts("a", "bc"));
        Assert.NotEqual(StableHash.OfParts("a", null), StableHash.OfParts("a", string.Empty));
        Assert.NotEqual(StableHash.OfParts("a"), StableHash.Sha256Hex("a"));
        Assert.Equal(StableHash.OfParts("query { x }", "Op", "{\"a\":1}"), StableHash.OfParts("query { x }", "Op", "{\"a\":1}"));
    }
}
