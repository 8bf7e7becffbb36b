namespace Gateway.Sandbox.Posos.Rules;

/// <summary>
/// The concurrent treatments of a rule (Posos's <c>Treatment</c>): it fires for a patient taking one of the ingredients
/// (folded words, matched inside the patient's ingredient names), a therapeutic class under one of the ATC prefixes, or
/// having had one of the procedures (folded words).
/// </summary>
internal sealed record TreatmentSpec(IReadOnlyList<string>? Ingredients, IReadOnlyList<string>? Procedures, IReadOnlyList<string>? TherapeuticClasses)
{
    /// <summary>Whether the spec names any treatment.</summary>
    public bool IsEmpty => (Ingredients?.Count ?? 0) + (Procedures?.Count ?? 0) + (TherapeuticClasses?.Count ?? 0) == 0;
}
