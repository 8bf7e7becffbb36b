namespace Gateway.Api.Posos;

/// <summary>A checked measurement of the patient (<see cref="ContinuousCriterionInput"/>), type and unit trimmed.</summary>
/// <param name="Type">What is measured, e.g. <c>CREATININE_CLEARANCE</c>.</param>
/// <param name="Unit">The unit, if given.</param>
/// <param name="Min">The lower bound, if given.</param>
/// <param name="Max">The upper bound, if given.</param>
/// <param name="Value">The value, if given.</param>
internal sealed record MeasuredCriterion(string Type, string? Unit, double? Min, double? Max, double? Value)
{
    /// <summary>The type only: the values are health data and stay out of logs.</summary>
    public override string ToString() => $"MeasuredCriterion {{ Type = {Type} }}";
}
