namespace Gateway.Upstream;

/// <summary>A retry about to happen, for the client's log.</summary>
/// <param name="RetryNumber">Which retry this is: 1 for the first (the second attempt), 2 for the next, ...</param>
/// <param name="StatusCode">The status the failed attempt answered, if it answered.</param>
/// <param name="ExceptionType">The type name of the failed attempt's exception, if it threw.</param>
/// <param name="Delay">How long the pipeline waits before the retry.</param>
public readonly record struct UpstreamRetry(int RetryNumber, int? StatusCode, string? ExceptionType, TimeSpan Delay)
{
    /// <summary>The number of the attempt the retry makes (<see cref="RetryNumber"/> + 1).</summary>
    public int NextAttempt => RetryNumber + 1;
}
