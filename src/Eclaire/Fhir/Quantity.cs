namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Quantity</c>: a measured amount.</summary>
public sealed record Quantity
{
    /// <summary>Numerical value.</summary>
    public decimal? Value { get; init; }

    /// <summary><c>&lt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>&gt;</c>.</summary>
    public string? Comparator { get; init; }

    /// <summary>Unit representation, e.g. <c>years</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>System that defines the coded unit form.</summary>
    public string? System { get; init; }

    /// <summary>Coded form of the unit.</summary>
    public string? Code { get; init; }
}
