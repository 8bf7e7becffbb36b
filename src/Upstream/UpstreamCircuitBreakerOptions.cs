namespace Gateway.Upstream;

/// <summary>
/// Circuit breaker settings (section <c>{Client}:CircuitBreaker</c>); each client's breaker options class derives from
/// this one. Checked by <see cref="UpstreamOptionsValidation.ValidateResilience"/>.
/// </summary>
public class UpstreamCircuitBreakerOptions
{
    /// <summary>Whether the breaker is on. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Failure ratio over the sampling window that opens the circuit, in (0, 1]. Default 0.5.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the window before the ratio counts, at least 2. Default 10.</summary>
    public int MinimumThroughput { get; set; } = 10;

    /// <summary>Sampling window, at least 0.5 s. Default 30 s.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial call, at least 0.5 s. Default 15 s.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
