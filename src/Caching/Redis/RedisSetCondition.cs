namespace Gateway.Caching.Redis;

/// <summary>When <c>SET</c> writes.</summary>
public enum RedisSetCondition
{
    /// <summary>Always (plain <c>SET</c>).</summary>
    Always,

    /// <summary>Only when the key does not exist (<c>NX</c>).</summary>
    IfNotExists,

    /// <summary>Only when the key exists (<c>XX</c>).</summary>
    IfExists,
}
