namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>The dates the generated registry is built around: it describes the registry as of <see cref="Today"/>.</summary>
internal static class DataSetCalendar
{
    /// <summary>The day the generated registry is "as of" (the date of the API's technical document v3).</summary>
    public static readonly DateOnly Today = new(2026, 4, 29);

    public static readonly DateOnly CtisStart = new(2022, 6, 1);
}
