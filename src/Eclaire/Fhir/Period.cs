namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Period</c>: a time range; both ends kept as the text sent (date or dateTime).</summary>
public sealed record Period
{
    /// <summary>Starting time with inclusive boundary.</summary>
    public string? Start { get; init; }

    /// <summary>End time with inclusive boundary, if not ongoing.</summary>
    public string? End { get; init; }
}
