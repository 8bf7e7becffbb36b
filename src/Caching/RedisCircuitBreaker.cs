using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Caching;

/// <summary>
/// Makes a dead Redis cost nothing: after <see cref="CacheCircuitBreakerOptions.FailureThreshold"/> consecutive
/// failures the circuit opens and <see cref="TryEnter"/> says no for <see cref="CacheCircuitBreakerOptions.BreakDuration"/>;
/// then one caller is let through as a trial (another one per break duration, should a trial never report). A success
/// closes the circuit; a failed trial opens it again. One instance is shared by the cache store and the rate budget,
/// so whichever finds Redis dead spares the other. Thread-safe; time from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class RedisCircuitBreaker
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int _threshold;
    private readonly TimeSpan _breakDuration;
    private volatile CircuitState _state;
    private int _consecutiveFailures;
    private DateTimeOffset _retryAt;

    /// <summary>Creates the breaker from the <c>Caching:CircuitBreaker</c> options.</summary>
    public RedisCircuitBreaker(IOptions<CachingOptions> options, TimeProvider timeProvider, ILogger<RedisCircuitBreaker> logger)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value.CircuitBreaker, timeProvider, logger)
    {
    }

    /// <summary>Creates the breaker.</summary>
    public RedisCircuitBreaker(CacheCircuitBreakerOptions options, TimeProvider timeProvider, ILogger<RedisCircuitBreaker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FailureThreshold, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.BreakDuration, TimeSpan.Zero, nameof(options));
        _threshold = options.FailureThreshold;
        _breakDuration = options.BreakDuration;
        _time = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The current state.</summary>
    public CircuitState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>
    /// Whether to call Redis now: always when closed; when open, only once the break has ended (that caller is the
    /// trial and must report with <see cref="RecordSuccess"/> or <see cref="RecordFailure"/>).
    /// </summary>
    public bool TryEnter()
    {
        if (_state == CircuitState.Closed)
        {
            return true;
        }

        lock (_gate)
        {
            if (_state == CircuitState.Closed)
            {
                return true;
            }

            var now = _time.GetUtcNow();
            if (now < _retryAt)
            {
                return false;
            }

            // This caller is the trial; the next one may go only after another break (should this one never report).
            _state = CircuitState.HalfOpen;
            _retryAt = now + _breakDuration;
            return true;
        }
    }

    /// <summary>Reports a call that worked: the circuit closes.</summary>
    public void RecordSuccess()
    {
        if (_state == CircuitState.Closed && Volatile.Read(ref _consecutiveFailures) == 0)
        {
            return;
        }

        lock (_gate)
        {
            var wasOpen = _state != CircuitState.Closed;
            _state = CircuitState.Closed;
            _consecutiveFailures = 0;
            if (wasOpen)
            {
                CachingLog.CircuitClosed(_logger);
            }
        }
    }

    /// <summary>Reports a call that failed: counts toward opening, or reopens after a failed trial.</summary>
    public void RecordFailure(Exception? reason = null)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            switch (_state)
            {
                case CircuitState.Closed:
                    if (++_consecutiveFailures >= _threshold)
                    {
                        Open(now, reason);
                    }

                    break;
                case CircuitState.HalfOpen:
                    Open(now, reason);
                    break;
                default:
                    // A call that started before the circuit opened: already counted as down.
                    break;
            }
        }
    }

    private void Open(DateTimeOffset now, Exception? reason)
    {
        _state = CircuitState.Open;
        _retryAt = now + _breakDuration;
        CachingLog.CircuitOpened(_logger, _consecutiveFailures, _breakDuration.TotalSeconds, reason?.GetType().Name ?? "unknown", reason?.Message ?? string.Empty);
    }
}
