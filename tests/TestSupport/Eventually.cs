namespace Gateway.TestSupport;

/// <summary>
/// Waits for asynchronous work to reach a state. The bound is real time and only a hang guard, so a broken test fails
/// rather than hangs: it is generous (a minute) because a loaded CI machine can be slow by whole seconds.
/// </summary>
public static class Eventually
{
    /// <summary>How long a condition may take before the wait is declared a hang.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + HangGuard;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Never reached: " + what);
            }

            await Task.Delay(2);
        }
    }
}
