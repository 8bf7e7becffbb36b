using System.Diagnostics;
using System.Globalization;
using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>
/// The drugs Posos's API understands, from the French public drug database (BDPM, 2025-07-07, active
/// authorisations, homeopathy excluded): specialties by CIS, presentations by CIP7 and CIP13, ATC codes,
/// and clinical drugs grouped by ingredient, strength and dose form with sandbox-minted <c>MV</c> codes
/// (numbered in key order from MV00010000, except the codes Posos's documentation quotes).
/// </summary>
internal sealed class DrugCatalog
{
    private const int FirstMintedCode = 10000;
    private readonly Dictionary<string, Specialty> _byCis;
    private readonly Dictionary<string, Presentation> _byCip;
    private readonly Dictionary<string, ClinicalDrug> _byCode;

    private DrugCatalog(List<Specialty> specialties, List<ClinicalDrug> clinicalDrugs, List<SubstanceEntry> substances, TimeSpan loadTime)
    {
        Specialties = specialties;
        ClinicalDrugs = clinicalDrugs;
        Substances = substances;
        LoadTime = loadTime;
        _byCis = specialties.ToDictionary(s => s.Cis, StringComparer.Ordinal);
        _byCip = new Dictionary<string, Presentation>(StringComparer.Ordinal);
        foreach (var presentation in specialties.SelectMany(s => s.Presentations))
        {
            _byCip.TryAdd(presentation.Cip13, presentation);
            _byCip.TryAdd(presentation.Cip7, presentation);
        }

        _byCode = clinicalDrugs.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Specialty> Specialties { get; }

    public IReadOnlyList<ClinicalDrug> ClinicalDrugs { get; }

    public IReadOnlyList<SubstanceEntry> Substances { get; }

    public TimeSpan LoadTime { get; }

    public Specialty? FindSpecialty(string cis) => _byCis.GetValueOrDefault(cis);

    /// <summary>A presentation by CIP13 or CIP7.</summary>
    public Presentation? FindPresentation(string cip) => _byCip.GetValueOrDefault(cip);

    public ClinicalDrug? FindClinicalDrug(string code) => _byCode.GetValueOrDefault(code);

    public static DrugCatalog Load()
    {
        var stopwatch = Stopwatch.StartNew();
        var specialties = EmbeddedData.ReadTsv("Posos/Bdpm/bdpm-specialites.tsv", skipHeader: false)
            .Select(r => new Specialty(r[0], r[1], r[2], r[3], r[4] == "Commercialisée", r[5]))
            .ToList();
        var byCis = specialties.ToDictionary(s => s.Cis, StringComparer.Ordinal);

        foreach (var row in EmbeddedData.ReadTsv("Posos/Bdpm/bdpm-presentations.tsv", skipHeader: false))
        {
            if (byCis.TryGetValue(row[0], out var specialty))
            {
                specialty.Presentations.Add(new Presentation(row[0], row[1], row[2], row[3]));
            }
        }

        foreach (var row in EmbeddedData.ReadTsv("Posos/Bdpm/bdpm-atc.tsv", skipHeader: false))
        {
            if (byCis.TryGetValue(row[0], out var specialty) && row[1].Length > 0)
            {
                specialty.Atc.Add(row[1]);
            }
        }

        // Compositions: CIS, substance code, substance name, dosage, reference, nature (SA/FT), link number.
        var components = new Dictionary<string, SortedDictionary<int, (string[]? Active, string[]? Fraction)>>(StringComparer.Ordinal);
        var substances = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("Posos/Bdpm/bdpm-compositions.tsv", skipHeader: false))
        {
            if (!byCis.TryGetValue(row[0], out var specialty))
            {
                continue;
            }

            specialty.SubstanceWords.Add(TextFolding.Words(row[2]));
            substances.TryAdd(row[1], row[2]);
            if (!components.TryGetValue(row[0], out var links))
            {
                links = [];
                components[row[0]] = links;
            }

            var link = int.TryParse(row[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : links.Count + 1;
            links.TryGetValue(link, out var pair);
            links[link] = row[5] == "FT" ? (pair.Active, pair.Fraction ?? row) : (pair.Active ?? row, pair.Fraction);
        }

        var clinicalDrugs = GroupClinicalDrugs(specialties, components);
        var substanceList = substances.Select(s => new SubstanceEntry(s.Key, s.Value)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        stopwatch.Stop();
        return new DrugCatalog(specialties, clinicalDrugs, substanceList, stopwatch.Elapsed);
    }

    private static List<ClinicalDrug> GroupClinicalDrugs(
        List<Specialty> specialties,
        Dictionary<string, SortedDictionary<int, (string[]? Active, string[]? Fraction)>> components)
    {
        var groups = new SortedDictionary<string, (List<DrugComponent> Components, string Form, List<Specialty> Members)>(StringComparer.Ordinal);
        foreach (var specialty in specialties)
        {
            if (!components.TryGetValue(specialty.Cis, out var links))
            {
                continue;
            }

            var parts = new List<DrugComponent>();
            foreach (var (active, fraction) in links.Values)
            {
                var named = fraction ?? active!;
                parts.Add(new DrugComponent(CleanInn(named[2]), Strength(specialty.Name, active, fraction), named[1]));
            }

            parts.Sort((a, b) => string.CompareOrdinal(a.Inn, b.Inn));
            var form = FormGroup(specialty.Form);
            var key = string.Join('+', parts.Select(p => TextFolding.Fold(p.Inn) + "@" + p.Dosage)) + "#" + form;
            if (!groups.TryGetValue(key, out var group))
            {
                group = (parts, form, []);
                groups[key] = group;
            }

            group.Members.Add(specialty);
        }

        var pinned = EmbeddedData.ReadTsv("Posos/Rules/pinned-clinical-drugs.tsv", skipHeader: true)
            .ToDictionary(r => r[1], r => (Code: r[0], Label: r[2]), StringComparer.Ordinal);
        var drugs = new List<ClinicalDrug>(groups.Count);
        var next = FirstMintedCode;
        foreach (var (key, (parts, form, members)) in groups)
        {
            string code;
            string label;
            if (pinned.TryGetValue(key, out var known))
            {
                (code, label) = known;
            }
            else
            {
                code = "MV" + next.ToString("00000000", CultureInfo.InvariantCulture);
                next++;
                label = Label(parts, form);
            }

            var drug = new ClinicalDrug(code, key, label, string.Join(" + ", parts.Select(p => p.Inn)), parts, form);
            foreach (var member in members)
            {
                drug.Specialties.Add(member);
                member.ClinicalDrug = drug;
            }

            drugs.Add(drug);
        }

        return drugs;
    }

    /// <summary>
    /// The strength of an ingredient as the product states it: the therapeutic fraction's (JANUVIA 50 mg:
    /// sitagliptin base) or the salt's (GLUCOPHAGE 1000 mg: metformin hydrochloride), whichever the
    /// specialty's name shows; else the fraction's, else the salt's.
    /// </summary>
    private static string Strength(string name, string[]? active, string[]? fraction)
    {
        var fractionDosage = fraction?[3].Trim() ?? string.Empty;
        var activeDosage = active?[3].Trim() ?? string.Empty;
        if (fractionDosage.Length > 0 && name.Contains(fractionDosage, StringComparison.OrdinalIgnoreCase))
        {
            return fractionDosage;
        }

        if (activeDosage.Length > 0 && name.Contains(activeDosage, StringComparison.OrdinalIgnoreCase))
        {
            return activeDosage;
        }

        return fractionDosage.Length > 0 ? fractionDosage : activeDosage;
    }

    /// <summary>The INN of a substance name: lower case, without the "base"/"anhydre" qualifiers.</summary>
    private static string CleanInn(string name)
    {
        var words = name.ToLower(CultureInfo.InvariantCulture).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("base" or "anhydre"));
        return string.Join(' ', words);
    }

    private static string Label(List<DrugComponent> parts, string form)
    {
        var text = string.Join(" + ", parts.Select(p => p.Dosage.Length > 0 ? p.Inn + " " + p.Dosage : p.Inn)) + " " + form;
        return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    /// <summary>The dose form that groups specialties into one clinical drug.</summary>
    private static string FormGroup(string form)
    {
        var lower = form.ToLower(CultureInfo.InvariantCulture).Trim();
        string[] groups =
        [
            "poudre pour solution buvable", "poudre pour suspension buvable", "solution injectable", "suspension injectable",
            "solution buvable", "suspension buvable", "comprimé", "gélule", "capsule", "sirop", "collyre", "crème", "pommade",
            "gel", "suppositoire", "granulés", "lyophilisat", "dispositif transdermique", "solution pour pulvérisation",
        ];
        foreach (var group in groups)
        {
            if (lower.Contains(group, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return lower;
    }
}
