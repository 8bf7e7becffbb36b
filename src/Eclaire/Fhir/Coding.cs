namespace Gateway.Eclaire.Fhir;

/// <summary>FHIR <c>Coding</c>: a code defined by a terminology system.</summary>
public sealed record Coding
{
    /// <summary>Identity of the terminology system.</summary>
    public string? System { get; init; }

    /// <summary>Version of the system.</summary>
    public string? Version { get; init; }

    /// <summary>Symbol in syntax defined by the system.</summary>
    public string? Code { get; init; }

    /// <summary>Representation defined by the system.</summary>
    public string? Display { get; init; }

    /// <summary>Whether this coding was chosen directly by the user.</summary>
    public bool? UserSelected { get; init; }
}
