namespace Gateway.Posos.Tests.Support;

/// <summary>
/// A <see cref="TimeProvider"/> whose time moves only through <see cref="Advance"/>, which fires the timers falling due
/// on the way, earliest first. Polly's delays and timeouts and the token cache run on it, so nothing sleeps.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<Scheduled> _scheduled = [];
    private DateTimeOffset _now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>When the armed timers are due.</summary>
    public IReadOnlyList<DateTimeOffset> DueTimes
    {
        get
        {
            lock (_gate)
            {
                return [.. _scheduled.Select(s => s.Due).Order()];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Scheduled(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        DateTimeOffset end;
        lock (_gate)
        {
            end = _now + by;
        }

        while (true)
        {
            Scheduled? due;
            lock (_gate)
            {
                due = _scheduled.Where(s => s.Due <= end).MinBy(s => s.Due);
                if (due is null)
                {
                    _now = end;
                    return;
                }

                _now = due.Due > _now ? due.Due : _now;
                if (due.Period > TimeSpan.Zero)
                {
                    due.Due = _now + due.Period;
                }
                else
                {
                    _scheduled.Remove(due);
                }
            }

            due.Fire();
        }
    }

    /// <summary>Waits (real time, bounded) until a timer due at <paramref name="due"/> is armed.</summary>
    public Task WaitForTimerAsync(DateTimeOffset due) =>
        Eventually.TrueAsync(() => DueTimes.Contains(due), $"a timer due at {due:O}");

    /// <summary>Moves time in steps until <paramref name="task"/> ends (for random delays such as jittered retries).</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan step, int maxSteps = 20_000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            await Task.Delay(1);
            Advance(step);
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private void Schedule(Scheduled timer, TimeSpan dueTime, TimeSpan period)
    {
        var now = false;
        lock (_gate)
        {
            _scheduled.Remove(timer);
            if (timer.Disposed || dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            timer.Due = _now + dueTime;
            if (dueTime <= TimeSpan.Zero && timer.Period == TimeSpan.Zero)
            {
                now = true;
            }
            else
            {
                _scheduled.Add(timer);
            }
        }

        if (now)
        {
            ThreadPool.QueueUserWorkItem(static t => t.Fire(), timer, preferLocal: false);
        }
    }

    private sealed class Scheduled(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; set; }

        public TimeSpan Period { get; set; }

        public bool Disposed { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Schedule(this, dueTime, period);
            return !Disposed;
        }

        public void Fire()
        {
            if (!Disposed)
            {
                callback(state);
            }
        }

        public void Dispose()
        {
            Disposed = true;
            clock.Schedule(this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
