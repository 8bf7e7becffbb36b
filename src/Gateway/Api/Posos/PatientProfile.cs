namespace Gateway.Api.Posos;

/// <summary>
/// A checked <see cref="PatientInput"/>: every value trimmed and normalized, the age it implies worked out. It lives for
/// one request, in memory: <see cref="ToString"/> shows nothing of it, so a log line can never carry it by mistake.
/// </summary>
internal sealed class PatientProfile
{
    /// <summary>The birth date, if given.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>The age groups given (distinct, in the enum's order); empty when none.</summary>
    public IReadOnlyList<AgeGroup> AgeGroups { get; init; } = [];

    /// <summary>The ages the patient may have: their age from the birth date, else what the age groups allow; null when neither is given.</summary>
    public AgeSpan? Age { get; init; }

    /// <summary>The biological sex, if given.</summary>
    public Gender? Sex { get; init; }

    /// <summary>The SNOMED CT concept ids of the conditions, in the order given.</summary>
    public IReadOnlyList<string> ConditionCodes { get; init; } = [];

    /// <summary>Whether treatments were given (even empty lists, which are forwarded as given).</summary>
    public bool HasTreatments { get; init; }

    /// <summary>The ingredients of the current treatments.</summary>
    public IReadOnlyList<string>? Ingredients { get; init; }

    /// <summary>The procedures in the patient's history.</summary>
    public IReadOnlyList<string>? Procedures { get; init; }

    /// <summary>The therapeutic classes (ATC codes, upper case).</summary>
    public IReadOnlyList<string>? TherapeuticClasses { get; init; }

    /// <summary>The measurements.</summary>
    public IReadOnlyList<MeasuredCriterion> Criteria { get; init; } = [];

    /// <summary>Nothing of the patient: health data never goes to a log.</summary>
    public override string ToString() => "PatientProfile { (health data, not shown) }";
}
