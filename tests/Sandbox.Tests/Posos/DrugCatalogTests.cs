using Gateway.Sandbox.Posos.Catalog;

namespace Gateway.Sandbox.Tests.Posos;

/// <summary>The drug catalog built from the embedded BDPM extract.</summary>
public sealed class DrugCatalogTests
{
    private static readonly Lazy<DrugCatalog> Catalog = new(DrugCatalog.Load);

    [Fact]
    public void Specialties_presentations_and_clinical_drugs_are_linked()
    {
        var advil = Catalog.Value.FindSpecialty("68634000")!;

        Assert.Equal("ADVIL 200 mg, comprimé enrobé", advil.Name);
        Assert.Equal("68634000", Catalog.Value.FindPresentation("3400932959358")!.Cis);
        Assert.Equal("68634000", Catalog.Value.FindPresentation("3295935")!.Cis);
        Assert.NotNull(advil.ClinicalDrug);
        Assert.Equal("Ibuprofène 200 mg comprimé", advil.ClinicalDrug!.Label);
        Assert.Contains(advil.SubstanceWords, words => words.SequenceEqual(["IBUPROFENE"]));
    }

    [Fact]
    public void The_documented_clinical_drug_code_is_sitagliptin_50_mg()
    {
        var sitagliptin = Catalog.Value.FindClinicalDrug("MV00003202")!;

        Assert.Equal("Sitagliptine (phosphate) 50 mg comprimé", sitagliptin.Label);
        Assert.Equal("sitagliptine", sitagliptin.Inn);
        Assert.Contains(sitagliptin.Specialties, s => s.Name.StartsWith("JANUVIA 50 mg", StringComparison.Ordinal));
    }

    [Fact]
    public void Minted_codes_are_unique_and_well_formed()
    {
        var codes = Catalog.Value.ClinicalDrugs.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^MV[0-9]{8}$", c));
        Assert.True(codes.Count > 3000);
    }
}
