namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>
/// The names the autocomplete searches, folded and cut into trigrams once, when the knowledge loads, so a
/// query costs a scan of precomputed entries rather than folding and splitting tens of thousands of names.
/// </summary>
internal sealed class AutocompleteIndex
{
    public AutocompleteIndex(DrugCatalog drugs, ConditionCatalog conditions)
    {
        ClinicalDrugs = [.. drugs.ClinicalDrugs.Select(d => new AutocompleteEntry(d.Code, d.Label))];
        Specialties = [.. drugs.Specialties.Select(s => new AutocompleteEntry(s.Cis, s.Name))];
        Substances = [.. drugs.Substances.Select(s => new AutocompleteEntry(s.Code, s.Name))];
        Conditions = [.. conditions.Terms.Select(t => new AutocompleteEntry(t.Code, t.Label))];
    }

    public IReadOnlyList<AutocompleteEntry> ClinicalDrugs { get; }

    public IReadOnlyList<AutocompleteEntry> Specialties { get; }

    public IReadOnlyList<AutocompleteEntry> Substances { get; }

    public IReadOnlyList<AutocompleteEntry> Conditions { get; }

    /// <summary>
    /// The distinct trigrams of a folded text padded as <c>"  " + text + " "</c>, each packed in a long
    /// (three UTF-16 code units of 16 bits), sorted.
    /// </summary>
    public static long[] Trigrams(string folded)
    {
        var padded = "  " + folded + " ";
        var grams = new HashSet<long>();
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(((long)padded[i] << 32) | ((long)padded[i + 1] << 16) | padded[i + 2]);
        }

        var sorted = grams.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
