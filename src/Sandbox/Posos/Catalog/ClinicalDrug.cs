namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>
/// A clinical drug (Posos's "médicament virtuel"): ingredients, strengths and dose form shared by several
/// specialties, with an <c>MV</c> code minted by the sandbox (Posos's own codes are proprietary).
/// </summary>
internal sealed class ClinicalDrug(string code, string key, string label, string inn, IReadOnlyList<DrugComponent> components, string form)
{
    public string Code { get; } = code;

    /// <summary>The grouping key: folded INN@strength of each ingredient, then <c>#</c> and the dose form.</summary>
    public string Key { get; } = key;

    public string Label { get; } = label;

    public string Inn { get; } = inn;

    public IReadOnlyList<DrugComponent> Components { get; } = components;

    public string Form { get; } = form;

    public List<Specialty> Specialties { get; } = [];
}
