using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>
/// The patient conditions the API understands (SNOMED CT): the curated contraindication terrains with
/// French labels, the IPS Free Set problem list, and a small IS-A hierarchy for <c>snomedInferrence</c>.
/// </summary>
internal sealed class ConditionCatalog
{
    private readonly Dictionary<string, ConditionTerm> _terms;
    private readonly Dictionary<string, List<string>> _parents;

    private ConditionCatalog(Dictionary<string, ConditionTerm> terms, Dictionary<string, List<string>> parents)
    {
        _terms = terms;
        _parents = parents;
        Terms = [.. terms.Values.OrderByDescending(t => t.Curated).ThenBy(t => t.Label, StringComparer.Ordinal)];
    }

    public IReadOnlyList<ConditionTerm> Terms { get; }

    public ConditionTerm? Find(string code) => _terms.GetValueOrDefault(code);

    public static ConditionCatalog Load()
    {
        var terms = new Dictionary<string, ConditionTerm>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("Posos/Snomed/contraindication_terrains_curated.tsv", skipHeader: true))
        {
            var display = row[1];
            var bracket = display.IndexOf(" [", StringComparison.Ordinal);
            terms[row[0]] = new ConditionTerm(row[0], bracket > 0 ? display[..bracket] : display, row[4], Curated: true);
        }

        foreach (var row in EmbeddedData.ReadTsv("Posos/Snomed/ips_free_set_problems.tsv", skipHeader: true))
        {
            terms.TryAdd(row[0], new ConditionTerm(row[0], row[1], null, Curated: false));
        }

        var parents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("Posos/Rules/snomed-inference.tsv", skipHeader: true))
        {
            if (!parents.TryGetValue(row[0], out var list))
            {
                list = [];
                parents[row[0]] = list;
            }

            list.Add(row[1]);
        }

        return new ConditionCatalog(terms, parents);
    }

    /// <summary>The codes and every ancestor the hierarchy knows (what SNOMED inference adds).</summary>
    public HashSet<string> WithAncestors(IEnumerable<string> codes)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(codes);
        while (pending.Count > 0)
        {
            var code = pending.Pop();
            if (result.Add(code) && _parents.TryGetValue(code, out var parents))
            {
                foreach (var parent in parents)
                {
                    pending.Push(parent);
                }
            }
        }

        return result;
    }
}
