namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Identifier</c>: an identifier intended for computation.</summary>
public sealed record Identifier
{
    /// <summary><c>usual</c>, <c>official</c>, <c>temp</c>, <c>secondary</c>, <c>old</c>.</summary>
    public string? Use { get; init; }

    /// <summary>Description of the identifier.</summary>
    public CodeableConcept? Type { get; init; }

    /// <summary>The namespace for the value.</summary>
    public string? System { get; init; }

    /// <summary>The value that is unique.</summary>
    public string? Value { get; init; }

    /// <summary>Time period when the identifier is or was valid.</summary>
    public Period? Period { get; init; }

    /// <summary>Organization that issued the identifier (ECLAIRE: <c>Organization/ansm|ctis|eudract</c>).</summary>
    public Reference? Assigner { get; init; }
}
