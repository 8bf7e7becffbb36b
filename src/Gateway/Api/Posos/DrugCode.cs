namespace Gateway.Api.Posos;

/// <summary>A checked drug of a request: its level, its code (trimmed, normalized) and its terminology (lower case, as Posos names it).</summary>
/// <param name="Level">The level (the <see cref="DrugInput"/> field it came from).</param>
/// <param name="Code">The code, e.g. <c>MV00003202</c>, <c>61052830</c>, <c>3400932959358</c>.</param>
/// <param name="Terminology">The terminology: <c>posos</c>, <c>cis</c>, <c>cip13</c>, <c>cip7</c>, <c>ucd13</c> or <c>ucd7</c>.</param>
internal sealed record DrugCode(DrugLevel Level, string Code, string Terminology)
{
    /// <summary>The level and terminology only: a prescription is health data and stays out of logs.</summary>
    public override string ToString() => $"DrugCode {{ Level = {Level}, Terminology = {Terminology} }}";
}
