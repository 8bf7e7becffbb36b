using Microsoft.Extensions.Options;

namespace Gateway.Eclaire.Resilience;

/// <summary>
/// A process-wide sliding-log limiter: at most <see cref="EclaireRateLimitOptions.PermitsPerMinute"/> permits in any
/// 60-second span (exactly, not per fixed window or segment). When the budget is spent, requests wait in a FIFO queue
/// of at most <see cref="EclaireRateLimitOptions.QueueLimit"/>; a request that finds the queue full, or whose turn would
/// come later than <see cref="EclaireRateLimitOptions.MaxQueueWait"/>, fails at once with
/// <see cref="EclaireRateLimitedException"/>. Time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class LocalEclaireRateLimiter : IEclaireRateLimiter, IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly int _permits;
    private readonly int _queueLimit;
    private readonly TimeSpan _maxQueueWait;
    private readonly long _windowTicks;

    // Timestamps (TimeProvider ticks) of the permits granted within the last window, oldest first.
    private readonly Queue<long> _granted;
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly ITimer _timer;
    private bool _disposed;

    /// <summary>Creates the limiter from the <c>Eclaire:RateLimit</c> options.</summary>
    public LocalEclaireRateLimiter(IOptions<EclaireOptions> options, TimeProvider timeProvider)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value.RateLimit, timeProvider)
    {
    }

    /// <summary>Creates the limiter.</summary>
    public LocalEclaireRateLimiter(EclaireRateLimitOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (options.PermitsPerMinute < 1 || options.QueueLimit < 0)
        {
            throw new ArgumentException("PermitsPerMinute must be at least 1 and QueueLimit non-negative.", nameof(options));
        }

        _time = timeProvider;
        _permits = options.PermitsPerMinute;
        _queueLimit = options.QueueLimit;
        _maxQueueWait = options.MaxQueueWait;
        _windowTicks = ToTicks(Window);
        _granted = new Queue<long>(_permits);
        _timer = timeProvider.CreateTimer(static state => ((LocalEclaireRateLimiter)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Permits still available right now.</summary>
    public int AvailablePermits
    {
        get
        {
            lock (_gate)
            {
                Prune(_time.GetTimestamp());
                return _waiters.Count > 0 ? 0 : _permits - _granted.Count;
            }
        }
    }

    /// <summary>Requests waiting for a permit.</summary>
    public int QueuedCount
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetTimestamp();
            Prune(now);
            if (_waiters.Count == 0 && _granted.Count < _permits)
            {
                _granted.Enqueue(now);
                return ValueTask.CompletedTask;
            }

            var wait = TurnOf(_waiters.Count, now) - now;
            if (_waiters.Count >= _queueLimit)
            {
                return ValueTask.FromException(Rejected("its queue is full", wait));
            }

            if (wait > ToTicks(_maxQueueWait))
            {
                return ValueTask.FromException(Rejected("the wait would exceed its bound", wait));
            }

            waiter = new Waiter();
            waiter.Node = _waiters.AddLast(waiter);
            ScheduleTimer(now);
        }

        return WaitAsync(waiter, cancellationToken);
    }

    /// <summary>Fails the requests still waiting and stops the timer.</summary>
    public void Dispose()
    {
        List<Waiter> pending;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            pending = [.. _waiters];
            _waiters.Clear();
        }

        _timer.Dispose();
        foreach (var waiter in pending)
        {
            waiter.Completion.TrySetException(new ObjectDisposedException(nameof(LocalEclaireRateLimiter)));
        }
    }

    private async ValueTask WaitAsync(Waiter waiter, CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(
            static state =>
            {
                var (limiter, w, token) = ((LocalEclaireRateLimiter, Waiter, CancellationToken))state!;
                limiter.Cancel(w, token);
            },
            (this, waiter, cancellationToken)).ConfigureAwait(false);
        await waiter.Completion.Task.ConfigureAwait(false);
    }

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            _waiters.Remove(waiter.Node);
            ScheduleTimer(_time.GetTimestamp());
        }

        waiter.Completion.TrySetCanceled(cancellationToken);
    }

    private void OnTimer()
    {
        List<Waiter>? released = null;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var now = _time.GetTimestamp();
            Prune(now);
            while (_granted.Count < _permits && _waiters.First is { } first)
            {
                _waiters.RemoveFirst();
                _granted.Enqueue(now);
                (released ??= []).Add(first.Value);
            }

            ScheduleTimer(now);
        }

        if (released is not null)
        {
            foreach (var waiter in released)
            {
                waiter.Completion.TrySetResult();
            }
        }
    }

    // Must hold _gate. Wakes up when the oldest permit leaves the window, if anyone waits.
    private void ScheduleTimer(long now)
    {
        if (_waiters.Count == 0 || _granted.Count == 0)
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var due = Math.Max(0, _granted.Peek() + _windowTicks - now);
        _timer.Change(FromTicks(due), Timeout.InfiniteTimeSpan);
    }

    // Must hold _gate. Drops the permits older than the window.
    private void Prune(long now)
    {
        while (_granted.Count > 0 && now - _granted.Peek() >= _windowTicks)
        {
            _granted.Dequeue();
        }
    }

    // Must hold _gate. When the waiter at this queue position gets its permit: the matching granted permit leaves the
    // window then; a position past one window's worth waits further windows.
    private long TurnOf(int position, long now)
    {
        var free = _permits - _granted.Count;
        if (position < free)
        {
            return now;
        }

        var index = position - free;
        var rounds = index / _permits;
        var slot = index % _permits;
        var oldest = slot < _granted.Count ? _granted.ElementAt(slot) : now;
        return oldest + ((rounds + 1) * _windowTicks);
    }

    private EclaireRateLimitedException Rejected(string why, long waitTicks) =>
        new($"The ECLAIRE request budget ({_permits} a minute) is spent and {why}.")
        {
            RetryAfter = FromTicks(Math.Max(0, waitTicks)),
            FromUpstream = false,
        };

    private long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * _time.TimestampFrequency);

    private TimeSpan FromTicks(long ticks) => TimeSpan.FromSeconds((double)ticks / _time.TimestampFrequency);

    private sealed class Waiter
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }
    }
}
