namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>A specialty (branded drug) of the French public drug database, identified by its CIS code.</summary>
internal sealed record Specialty(string Cis, string Name, string Form, string Routes, bool Marketed, string Holder)
{
    /// <summary>Every substance name of the specialty (active substances and therapeutic fractions), folded into words.</summary>
    public List<string[]> SubstanceWords { get; } = [];

    /// <summary>The ATC codes known for the specialty (BDPM's CIS_MITM).</summary>
    public List<string> Atc { get; } = [];

    public List<Presentation> Presentations { get; } = [];

    public ClinicalDrug? ClinicalDrug { get; set; }
}
