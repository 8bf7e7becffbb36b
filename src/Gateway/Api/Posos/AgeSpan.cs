namespace Gateway.Api.Posos;

/// <summary>An age interval in whole years, bounds inclusive; <see cref="High"/> null when open (e.g. 65 and over).</summary>
/// <param name="Low">The lowest age, in years.</param>
/// <param name="High">The highest age, in years; null when there is none.</param>
internal readonly record struct AgeSpan(int Low, int? High)
{
    /// <summary>Every age.</summary>
    public static AgeSpan Any { get; } = new(0, null);

    /// <summary>Whether <paramref name="age"/> is in the span.</summary>
    public bool Contains(int age) => age >= Low && (High is null || age <= High);

    /// <summary>The ages in both spans, or null when they have none in common.</summary>
    public AgeSpan? Intersect(AgeSpan other)
    {
        var low = Math.Max(Low, other.Low);
        int? high = (High, other.High) switch
        {
            ({ } a, { } b) => Math.Min(a, b),
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
        return high is { } h && h < low ? null : new AgeSpan(low, high);
    }

    /// <summary>The span of an age group of Posos's documentation (in completed years: an infant is 0 or 1).</summary>
    public static AgeSpan Of(AgeGroup group) => group switch
    {
        AgeGroup.Premature or AgeGroup.Newborn => new AgeSpan(0, 0),
        AgeGroup.Infant => new AgeSpan(0, 1),
        AgeGroup.Child => new AgeSpan(0, 17),
        AgeGroup.Adolescent => new AgeSpan(12, 17),
        AgeGroup.Adult => new AgeSpan(18, null),
        AgeGroup.Senior => new AgeSpan(65, null),
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown age group."),
    };

    /// <summary>The age in completed years on <paramref name="today"/> of a person born on <paramref name="birthDate"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var years = today.Year - birthDate.Year;
        return today < birthDate.AddYears(years) ? years - 1 : years;
    }
}
