namespace Gateway.Caching.RateLimiting;

/// <summary>
/// The budget is spent and the wait for it would exceed the caller's bound
/// (<see cref="RateBudgetExtensions.AcquireAsync"/>). <see cref="RetryAfter"/> says when permits will be back.
/// </summary>
public sealed class RateBudgetExceededException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RateBudgetExceededException()
        : base("The rate budget is spent.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RateBudgetExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RateBudgetExceededException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>When enough permits will have refilled.</summary>
    public TimeSpan RetryAfter { get; init; }

    /// <summary>The bucket that refused.</summary>
    public string? BucketKey { get; init; }
}
