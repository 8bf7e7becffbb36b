namespace Gateway.Sandbox.Posos.Model;

/// <summary>A drug at its three levels (GraphQL <c>Drug</c>).</summary>
internal sealed record DrugResult(CodingWithInnResult? ClinicalDrug, CodingWithInnResult? BrandedDrug, CodingWithInnResult? PackagedDrug);
