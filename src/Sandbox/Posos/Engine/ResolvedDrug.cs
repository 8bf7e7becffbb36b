using Gateway.Sandbox.Posos.Catalog;
using Gateway.Sandbox.Posos.Model;
using Gateway.Sandbox.Posos.Rules;

namespace Gateway.Sandbox.Posos.Engine;

/// <summary>
/// A drug of the request resolved through the catalog: from a clinical-drug code (MV), a specialty (CIS)
/// or a presentation (CIP13/CIP7). Carries what rules match on (substance names, ATC codes) and the
/// <c>Drug</c> value alerts report (the levels given, plus the clinical drug).
/// </summary>
internal sealed class ResolvedDrug
{
    private ResolvedDrug(DrugResult result, IReadOnlyList<string[]> substanceWords, IReadOnlyList<string> atc)
    {
        Result = result;
        SubstanceWords = substanceWords;
        Atc = atc;
    }

    public DrugResult Result { get; }

    public IReadOnlyList<string[]> SubstanceWords { get; }

    public IReadOnlyList<string> Atc { get; }

    /// <summary>Resolves one <c>DrugInput</c>; null when none of its codes is known.</summary>
    public static ResolvedDrug? Resolve(IReadOnlyDictionary<string, object?> input, DrugCatalog catalog)
    {
        var clinicalCode = Code(input, "clinicalDrug");
        var brandedCode = Code(input, "brandedDrug");
        var packagedCode = Code(input, "packagedDrug");

        var presentation = packagedCode is null ? null : catalog.FindPresentation(packagedCode);
        var specialty = brandedCode is null ? null : catalog.FindSpecialty(brandedCode);
        specialty ??= presentation is null ? null : catalog.FindSpecialty(presentation.Cis);
        var clinical = clinicalCode is null ? null : catalog.FindClinicalDrug(clinicalCode);
        clinical ??= specialty?.ClinicalDrug;
        if (clinical is null && specialty is null)
        {
            return null;
        }

        var members = specialty is not null ? [specialty] : clinical!.Specialties;
        var inn = clinical?.Inn;
        var result = new DrugResult(
            clinical is null ? null : new CodingWithInnResult(clinical.Code, clinical.Label, "posos", inn),
            specialty is null || (brandedCode is null && packagedCode is null) ? null : new CodingWithInnResult(specialty.Cis, specialty.Name, "cis", inn),
            presentation is null ? null : new CodingWithInnResult(presentation.Cip13, presentation.Label, packagedCode == presentation.Cip7 ? "cip7" : "cip13", inn));
        return new ResolvedDrug(
            result,
            [.. members.SelectMany(m => m.SubstanceWords)],
            [.. members.SelectMany(m => m.Atc).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Whether the rule's drug matcher accepts this drug (an ingredient inside a substance name, or an ATC prefix).</summary>
    public bool Matches(DrugMatcher matcher)
    {
        foreach (var ingredient in matcher.Ingredients)
        {
            var term = TextFolding.Words(ingredient);
            if (SubstanceWords.Any(words => TextFolding.ContainsWords(words, term)))
            {
                return true;
            }
        }

        return matcher.Atc.Any(prefix => Atc.Any(code => code.StartsWith(prefix, StringComparison.Ordinal)));
    }

    private static string? Code(IReadOnlyDictionary<string, object?> input, string level) =>
        InputValues.Text(InputValues.Field(InputValues.Map(InputValues.Field(input, level)), "code"))?.Trim();
}
