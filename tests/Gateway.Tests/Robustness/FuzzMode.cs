namespace Gateway.Tests.Robustness;

/// <summary>How a phase sends its cases.</summary>
public enum FuzzMode
{
    /// <summary>One after the other.</summary>
    Sequential,

    /// <summary>Each case twice at once, four cases at a time (identical requests share upstream calls and cache fills).</summary>
    Concurrent,

    /// <summary>Each case given up by its client after a few milliseconds, then sent again at once: the second must be answered.</summary>
    AbandonThenRepeat,
}
