namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Range</c>: a set of ordered quantities defined by a low and high limit.</summary>
public sealed record Range
{
    /// <summary>Low limit.</summary>
    public Quantity? Low { get; init; }

    /// <summary>High limit.</summary>
    public Quantity? High { get; init; }
}
