using Gateway.Sandbox.Posos.Catalog;

namespace Gateway.Sandbox.Posos;

/// <summary>
/// The autocomplete service: drugs (clinical, branded, ingredients) and conditions (SNOMED terrains,
/// indications, adverse effects) ranked by similarity to the query (start of the name, start of a word,
/// inside the name, then trigram overlap), at least <c>thresh</c>, at most <c>k</c> per entity type.
/// </summary>
internal static class PososAutocomplete
{
    public static readonly IReadOnlySet<string> EntityTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "DRUG", "ADVERSE_EFFECT", "BRANDED_DRUG", "CLINICAL_DRUG", "CLINICAL_INDICATION", "CONTRAINDICATION_TERRAIN", "INGREDIENT", "SPECIALTY",
    };

    public static AutocompleteResponse Search(PososKnowledge knowledge, string query, string entityType, int k, double threshold, string? mustContain, IReadOnlySet<string>? levels)
    {
        var folded = TextFolding.Fold(query);
        var required = mustContain is { Length: > 0 } ? TextFolding.Fold(mustContain) : null;
        var match = new QueryMatch(folded);
        var candidates = new List<AutocompleteCandidate>();
        void Consider(IReadOnlyList<AutocompleteEntry> entries, string? level)
        {
            foreach (var entry in entries)
            {
                if (required is not null && !entry.FoldedName.Contains(required, StringComparison.Ordinal))
                {
                    continue;
                }

                var similarity = match.Similarity(entry);
                if (similarity >= threshold)
                {
                    candidates.Add(new AutocompleteCandidate(entry.Id, entry.Name, level, Math.Round(similarity, 4)));
                }
            }
        }

        bool Wants(string level) => levels is null || levels.Count == 0 || levels.Contains(level);

        var index = knowledge.Autocomplete;
        switch (entityType)
        {
            case "DRUG":
            case "CLINICAL_DRUG":
            case "BRANDED_DRUG":
            case "SPECIALTY":
            case "INGREDIENT":
                var drugLevel = entityType == "DRUG";
                if ((drugLevel && Wants("CLINICAL_DRUG")) || entityType == "CLINICAL_DRUG")
                {
                    Consider(index.ClinicalDrugs, "CLINICAL_DRUG");
                }

                if ((drugLevel && Wants("BRANDED_DRUG")) || entityType is "BRANDED_DRUG" or "SPECIALTY")
                {
                    Consider(index.Specialties, "BRANDED_DRUG");
                }

                if ((drugLevel && Wants("INGREDIENT")) || entityType == "INGREDIENT")
                {
                    Consider(index.Substances, "INGREDIENT");
                }

                break;
            default:
                Consider(index.Conditions, null);
                break;
        }

        var ranked = candidates
            .OrderByDescending(c => c.Similarity)
            .ThenBy(c => c.Name.Length)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(Math.Max(0, k))
            .ToList();
        return new AutocompleteResponse(query, entityType, ranked);
    }

    /// <summary>
    /// One folded query, compared with index entries: an exact name, then the start of the name, the start of
    /// a word, anywhere inside, and last the share of trigrams in common (Dice coefficient, scaled by 0.8).
    /// </summary>
    private sealed class QueryMatch(string query)
    {
        private readonly string _wordStart = " " + query;
        private HashSet<long>? _trigrams;

        /// <summary>How much the entry's folded name looks like the query, from 0 to 1.</summary>
        public double Similarity(AutocompleteEntry entry)
        {
            var name = entry.FoldedName;
            if (query.Length == 0 || name.Length == 0)
            {
                return 0;
            }

            if (name == query)
            {
                return 1;
            }

            var lengthPenalty = Math.Min(0.1, (name.Length - query.Length) / 400.0);
            if (name.StartsWith(query, StringComparison.Ordinal))
            {
                return 0.95 - lengthPenalty;
            }

            if (name.Contains(_wordStart, StringComparison.Ordinal))
            {
                return 0.85 - lengthPenalty;
            }

            if (name.Contains(query, StringComparison.Ordinal))
            {
                return 0.7 - lengthPenalty;
            }

            var left = _trigrams ??= [.. AutocompleteIndex.Trigrams(query)];
            var right = entry.Trigrams;
            if (left.Count == 0 || right.Length == 0)
            {
                return 0;
            }

            var shared = 0;
            foreach (var gram in right)
            {
                if (left.Contains(gram))
                {
                    shared++;
                }
            }

            return 2.0 * shared / (left.Count + right.Length) * 0.8;
        }
    }
}
