namespace Gateway.Sandbox;

/// <summary>
/// The ECLAIRE throttler: at most <see cref="PermitLimit"/> requests per client address in a window of
/// <see cref="WindowSeconds"/> seconds started by the client's first request, then HTTP 429
/// <c>{"statusCode":429,"message":"ThrottlerException: Too Many Requests"}</c> until the window ends.
/// </summary>
public sealed class EclaireRateLimitOptions
{
    public bool Enabled { get; set; }

    /// <summary>Requests allowed per window (believed to be 100 per minute in production).</summary>
    public int PermitLimit { get; set; } = 100;

    public int WindowSeconds { get; set; } = 60;
}
