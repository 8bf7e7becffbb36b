namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>One disease area of the generated data set (Data/Eclaire/Vocabulary/conditions.tsv).</summary>
internal sealed record ConditionEntry(
    string Key,
    string Specialty,
    string CtisArea,
    string Disease,
    IReadOnlyList<MeddraTerm> Meddra,
    string Population,
    IReadOnlyList<string> Drugs,
    IReadOnlyList<string> Devices,
    IReadOnlyList<string> InVitroTests,
    string PrimaryEndpoint,
    IReadOnlyList<string> SecondaryEndpoints);
