namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>HumanName</c>: the name of a person.</summary>
public sealed record HumanName
{
    /// <summary><c>usual</c>, <c>official</c>, ...</summary>
    public string? Use { get; init; }

    /// <summary>Text representation of the full name.</summary>
    public string? Text { get; init; }

    /// <summary>Family name (often called surname).</summary>
    public string? Family { get; init; }

    /// <summary>Given names (not always first), including middle names.</summary>
    public IReadOnlyList<string>? Given { get; init; }

    /// <summary>Parts that come before the name, e.g. <c>Dr.</c>, <c>Prof.</c>.</summary>
    public IReadOnlyList<string>? Prefix { get; init; }

    /// <summary>Parts that come after the name.</summary>
    public IReadOnlyList<string>? Suffix { get; init; }
}
