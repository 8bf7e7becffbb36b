namespace Gateway.Posos;

/// <summary>A line and column (1-based) in the document sent to Posos.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column.</param>
public sealed record PososErrorLocation(int Line, int Column);
