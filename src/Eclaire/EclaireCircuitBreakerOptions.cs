using Gateway.Upstream;

namespace Gateway.Eclaire;

/// <summary>
/// Circuit breaker settings (section <c>Eclaire:CircuitBreaker</c>): <c>Enabled</c>, <c>FailureRatio</c>,
/// <c>MinimumThroughput</c>, <c>SamplingDuration</c>, <c>BreakDuration</c>, with the defaults of every upstream client
/// (<see cref="UpstreamCircuitBreakerOptions"/>, in src/Upstream).
/// </summary>
public sealed class EclaireCircuitBreakerOptions : UpstreamCircuitBreakerOptions
{
}
