using Gateway.Caching.Tests.Support;
using Gateway.TestSupport;

namespace Gateway.Caching.Tests.Stores;

public sealed class RedisCircuitBreakerTests
{
    private readonly ManualTimeProvider _clock = new();

    private RedisCircuitBreaker Breaker(int threshold = 3) =>
        new(new CacheCircuitBreakerOptions { FailureThreshold = threshold, BreakDuration = TimeSpan.FromSeconds(10) }, _clock);

    [Fact]
    public void Opens_after_the_threshold_of_consecutive_failures()
    {
        var breaker = Breaker();
        breaker.RecordFailure();
        breaker.RecordFailure();
        Assert.True(breaker.TryEnter());

        breaker.RecordFailure();

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.False(breaker.TryEnter());
    }

    [Fact]
    public void A_success_resets_the_count()
    {
        var breaker = Breaker();
        breaker.RecordFailure();
        breaker.RecordFailure();
        breaker.RecordSuccess();
        breaker.RecordFailure();
        breaker.RecordFailure();

        Assert.Equal(CircuitState.Closed, breaker.State);
    }

    [Fact]
    public void After_the_break_one_trial_goes_through_and_its_success_closes()
    {
        var breaker = Breaker(threshold: 1);
        breaker.RecordFailure();
        _clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(breaker.TryEnter());

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(breaker.TryEnter());
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
        Assert.False(breaker.TryEnter());

        breaker.RecordSuccess();
        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.True(breaker.TryEnter());
    }

    [Fact]
    public void A_failed_trial_opens_again_for_a_whole_break()
    {
        var breaker = Breaker(threshold: 1);
        breaker.RecordFailure();
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(breaker.TryEnter());

        breaker.RecordFailure();

        Assert.Equal(CircuitState.Open, breaker.State);
        _clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(breaker.TryEnter());
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(breaker.TryEnter());
    }

    [Fact]
    public void A_trial_that_never_reports_does_not_wedge_the_breaker()
    {
        var breaker = Breaker(threshold: 1);
        breaker.RecordFailure();
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(breaker.TryEnter());

        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.True(breaker.TryEnter());
    }

    [Fact]
    public void Late_failures_while_open_do_not_extend_the_break()
    {
        var breaker = Breaker(threshold: 1);
        breaker.RecordFailure();
        _clock.Advance(TimeSpan.FromSeconds(5));
        breaker.RecordFailure();
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True(breaker.TryEnter());
    }
}
