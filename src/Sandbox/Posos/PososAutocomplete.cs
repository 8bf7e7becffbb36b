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
        var candidates = new List<AutocompleteCandidate>();
        void Consider(string id, string name, string? level)
        {
            var foldedName = TextFolding.Fold(name);
            if (required is not null && !foldedName.Contains(required, StringComparison.Ordinal))
            {
                return;
            }

            var similarity = Similarity(folded, foldedName);
            if (similarity >= threshold)
            {
                candidates.Add(new AutocompleteCandidate(id, name, level, Math.Round(similarity, 4)));
            }
        }

        bool Wants(string level) => levels is null || levels.Count == 0 || levels.Contains(level);

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
                    foreach (var drug in knowledge.Drugs.ClinicalDrugs)
                    {
                        Consider(drug.Code, drug.Label, "CLINICAL_DRUG");
                    }
                }

                if ((drugLevel && Wants("BRANDED_DRUG")) || entityType is "BRANDED_DRUG" or "SPECIALTY")
                {
                    foreach (var specialty in knowledge.Drugs.Specialties)
                    {
                        Consider(specialty.Cis, specialty.Name, "BRANDED_DRUG");
                    }
                }

                if ((drugLevel && Wants("INGREDIENT")) || entityType == "INGREDIENT")
                {
                    foreach (var substance in knowledge.Drugs.Substances)
                    {
                        Consider(substance.Code, substance.Name, "INGREDIENT");
                    }
                }

                break;
            default:
                foreach (var term in knowledge.Conditions.Terms)
                {
                    Consider(term.Code, term.Label, null);
                }

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

    /// <summary>How much <paramref name="name"/> looks like <paramref name="query"/> (both folded), from 0 to 1.</summary>
    public static double Similarity(string query, string name)
    {
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

        if (name.Contains(" " + query, StringComparison.Ordinal))
        {
            return 0.85 - lengthPenalty;
        }

        if (name.Contains(query, StringComparison.Ordinal))
        {
            return 0.7 - lengthPenalty;
        }

        return Trigrams(query, name);
    }

    private static double Trigrams(string query, string name)
    {
        var left = Grams(query);
        var right = Grams(name);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return 2.0 * shared / (left.Count + right.Count) * 0.8;
    }

    private static HashSet<string> Grams(string text)
    {
        var padded = "  " + text + " ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }
}
