namespace Gateway.Eclaire.Fhir;

/// <summary>
/// FHIR <c>ContactPoint</c>. ECLAIRE puts a site contact's name on a <c>telecom</c> entry through the
/// <c>eclaire-site-contact-name</c> extension.
/// </summary>
public sealed record ContactPoint
{
    /// <summary>Extensions on the contact point.</summary>
    public IReadOnlyList<Extension>? Extension { get; init; }

    /// <summary><c>phone</c>, <c>fax</c>, <c>email</c>, <c>pager</c>, <c>url</c>, <c>sms</c>, <c>other</c>.</summary>
    public string? System { get; init; }

    /// <summary>The actual contact point details.</summary>
    public string? Value { get; init; }

    /// <summary><c>home</c>, <c>work</c>, <c>temp</c>, <c>old</c>, <c>mobile</c>.</summary>
    public string? Use { get; init; }

    /// <summary>Preferred order of use (1 = highest).</summary>
    public int? Rank { get; init; }

    /// <summary>Time period when the contact point was or is in use.</summary>
    public Period? Period { get; init; }
}
