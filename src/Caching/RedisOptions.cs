namespace Gateway.Caching;

/// <summary>Where Redis is (section <c>Redis</c>; environment variable <c>Redis__Configuration</c>).</summary>
public sealed class RedisOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string (<c>redis:6379,password=...,ssl=true,abortConnect=false</c>; see
    /// <see cref="Redis.RedisConnectionOptions.Parse"/>). Unset or blank: no Redis, the in-memory store only.
    /// </summary>
    public string? Configuration { get; set; }
}
