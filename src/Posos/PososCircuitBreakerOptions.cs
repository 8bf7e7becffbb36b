using Gateway.Upstream;

namespace Gateway.Posos;

/// <summary>
/// Circuit breaker settings (section <c>Posos:CircuitBreaker</c>; one breaker for Posos, another for the token
/// endpoint): <c>Enabled</c>, <c>FailureRatio</c>, <c>MinimumThroughput</c>, <c>SamplingDuration</c>,
/// <c>BreakDuration</c>, with the defaults of every upstream client (<see cref="UpstreamCircuitBreakerOptions"/>, in
/// src/Upstream).
/// </summary>
public sealed class PososCircuitBreakerOptions : UpstreamCircuitBreakerOptions
{
}
