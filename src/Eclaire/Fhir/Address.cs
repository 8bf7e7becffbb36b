namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Address</c>. On an ECLAIRE Location, <c>line[0]</c> is the street and <c>line[1]</c> the service.</summary>
public sealed record Address
{
    /// <summary><c>home</c>, <c>work</c>, ...</summary>
    public string? Use { get; init; }

    /// <summary><c>postal</c>, <c>physical</c>, <c>both</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Text representation of the address.</summary>
    public string? Text { get; init; }

    /// <summary>Street name, number, direction, P.O. Box etc.</summary>
    public IReadOnlyList<string>? Line { get; init; }

    /// <summary>Name of city, town etc.</summary>
    public string? City { get; init; }

    /// <summary>District name (aka county).</summary>
    public string? District { get; init; }

    /// <summary>Sub-unit of country.</summary>
    public string? State { get; init; }

    /// <summary>Postal code for area.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Country (e.g. an ISO 3166 code).</summary>
    public string? Country { get; init; }
}
