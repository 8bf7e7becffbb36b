namespace Gateway.Eclaire.Fhir;

/// <summary>
/// FHIR <c>Group.characteristic</c>. ECLAIRE adds a non-R4 <c>description</c> (<c>eligibility-criteria</c>,
/// <c>judgement-criteria</c>, <c>recruitment_population</c>, <c>vulnerable_population</c>) read together with <c>exclude</c>.
/// </summary>
public sealed record GroupCharacteristic
{
    /// <summary>Kind of characteristic (ECLAIRE: <c>grp-gender</c>, <c>grp-age</c>, <c>grp-category</c>, <c>grp-studypop</c>, <c>grp-other</c>).</summary>
    public CodeableConcept? Code { get; init; }

    /// <summary>Coded value.</summary>
    public CodeableConcept? ValueCodeableConcept { get; init; }

    /// <summary>Boolean value.</summary>
    public bool? ValueBoolean { get; init; }

    /// <summary>Quantity value.</summary>
    public Quantity? ValueQuantity { get; init; }

    /// <summary>Range value (ECLAIRE: age ranges in years).</summary>
    public Range? ValueRange { get; init; }

    /// <summary>Reference value.</summary>
    public Reference? ValueReference { get; init; }

    /// <summary>Whether the group excludes (true) or includes (false) members with the trait.</summary>
    public bool? Exclude { get; init; }

    /// <summary>Period over which the characteristic is tested.</summary>
    public Period? Period { get; init; }

    /// <summary>ECLAIRE's qualifier of the characteristic (not an R4 element).</summary>
    public string? Description { get; init; }
}
