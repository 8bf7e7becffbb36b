namespace Gateway.Eclaire;

/// <summary>The comparison prefix of a <c>_lastUpdated</c> filter (ECLAIRE accepts eq, lt, le, gt, ge).</summary>
public enum DateComparison
{
    /// <summary>No prefix: updated that day.</summary>
    Equal,

    /// <summary><c>gt</c>: updated after that day.</summary>
    GreaterThan,

    /// <summary><c>ge</c>: updated that day or after.</summary>
    GreaterOrEqual,

    /// <summary><c>lt</c>: updated before that day.</summary>
    LessThan,

    /// <summary><c>le</c>: updated that day or before.</summary>
    LessOrEqual,
}
