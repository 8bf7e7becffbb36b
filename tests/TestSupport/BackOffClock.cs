using System.Diagnostics;
using System.Globalization;

namespace Gateway.TestSupport;

/// <summary>
/// Drives a call through its back-off waits on a <see cref="ManualTimeProvider"/> without racing it: the clock moves only
/// once the call waits for a timer, and exactly to that timer's due time. (Advancing in small steps while the call runs
/// lets a slow or loaded machine carry the clock past an attempt or total timeout the call never really reached, and
/// stamps requests later than their retry delay.) Used by the Upstream, Posos and ECLAIRE resilience tests.
/// </summary>
public static class BackOffClock
{
    /// <summary>
    /// Runs <paramref name="call"/> to its end, moving the clock to each timer due within <paramref name="window"/> of
    /// now (its retry delays and Retry-After waits) once the call has armed it. Timers further away (the attempt and total
    /// timeouts) are never reached, so <paramref name="window"/> must be shorter than every timeout the call arms.
    /// </summary>
    public static async Task<T> RunThroughBackOffAsync<T>(this ManualTimeProvider clock, Task<T> call, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(call);
        await clock.AdvanceThroughBackOffUntilAsync(() => call.IsCompleted, window);
        return await call;
    }

    /// <summary>
    /// Moves the clock to each timer due within <paramref name="window"/> of now once it is armed, until
    /// <paramref name="condition"/> holds (e.g. the next attempt has started).
    /// </summary>
    public static async Task AdvanceThroughBackOffUntilAsync(this ManualTimeProvider clock, Func<bool> condition, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(condition);
        while (await NextTimerAsync(clock, condition, window) is { } due)
        {
            clock.Advance(due - clock.GetUtcNow());
        }
    }

    // The first timer due in (now, now + window] once one is armed, or null once the condition holds.
    private static async Task<DateTimeOffset?> NextTimerAsync(ManualTimeProvider clock, Func<bool> condition, TimeSpan window)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            var now = clock.GetUtcNow();
            foreach (var due in clock.PendingTimers)
            {
                if (due > now && due <= now + window)
                {
                    return due;
                }
            }

            if (waited.Elapsed > Eventually.HangGuard)
            {
                throw new TimeoutException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Neither the condition held nor a timer within {window} of {now:O} was armed in {Eventually.HangGuard}; armed: {string.Join(", ", clock.PendingTimers.Select(d => d.ToString("O", CultureInfo.InvariantCulture)))}"));
            }

            await Task.Delay(2);
        }

        return null;
    }
}
