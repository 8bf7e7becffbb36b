using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.TestSupport;

/// <summary>Holds the fault configuration and decides, deterministically, which requests fail.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private FaultConfiguration _configuration = new();
    private DeterministicRandom _random = new(0);

    public FaultConfiguration Current
    {
        get
        {
            lock (_gate)
            {
                return _configuration;
            }
        }
    }

    public void Configure(FaultConfiguration configuration)
    {
        lock (_gate)
        {
            _configuration = configuration;
            _random = new DeterministicRandom(unchecked((ulong)configuration.Seed));
        }
    }

    public void Clear() => Configure(new FaultConfiguration());

    /// <summary>The first rule matching the request and whether this request fails, or null when no rule matches.</summary>
    public (FaultRule Rule, bool Fail)? Decide(string upstream, string route)
    {
        lock (_gate)
        {
            foreach (var rule in _configuration.Rules ?? [])
            {
                if ((rule.Upstream is null || string.Equals(rule.Upstream, upstream, StringComparison.OrdinalIgnoreCase))
                    && (rule.Route is null or "*" || string.Equals(rule.Route, route, StringComparison.Ordinal)))
                {
                    var rate = rule.ErrorRate ?? 1.0;
                    var fail = rule.HasFailure && rate > 0 && (rate >= 1 || _random.NextDouble() < rate);
                    return (rule, fail);
                }
            }

            return null;
        }
    }
}
