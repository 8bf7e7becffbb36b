namespace Gateway.Caching.Tests.Support;

/// <summary>Waits for asynchronous work to reach a state (bounded in real time so a broken test fails, never hangs).</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
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
