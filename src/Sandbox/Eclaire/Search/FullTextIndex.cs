using System.Collections.Concurrent;
using System.Diagnostics;
using Gateway.Sandbox.Eclaire.Data;
using Gateway.Sandbox.Eclaire.Fhir;

namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>
/// An inverted index of every indexed value of every study (OpenSearch's <c>*</c> default field), built
/// from the generated documents: term → studies. Stored compactly (one int per posting; terms found in
/// every study store none). Field-restricted and phrase queries start from it and check the candidates'
/// documents (<see cref="TextQueryEvaluator"/>).
/// </summary>
internal sealed class FullTextIndex
{
    private readonly Dictionary<string, int> _termIds;
    private readonly string[] _sortedTerms;
    private readonly int[] _sortedTermIds;
    private readonly int[] _offsets;
    private readonly int[] _postings;
    private readonly bool[] _everywhere;

    private FullTextIndex(Dictionary<string, int> termIds, int[] offsets, int[] postings, bool[] everywhere, int documentCount, TimeSpan buildTime)
    {
        _termIds = termIds;
        _offsets = offsets;
        _postings = postings;
        _everywhere = everywhere;
        DocumentCount = documentCount;
        BuildTime = buildTime;
        _sortedTerms = [.. termIds.Keys];
        Array.Sort(_sortedTerms, StringComparer.Ordinal);
        _sortedTermIds = [.. _sortedTerms.Select(t => termIds[t])];
    }

    public int DocumentCount { get; }

    public int TermCount => _termIds.Count;

    public long PostingCount => _postings.LongLength;

    public TimeSpan BuildTime { get; }

    public static FullTextIndex Build(IReadOnlyList<StudyRecord> records, StudyGenerator generator, int maxParallelism)
    {
        var stopwatch = Stopwatch.StartNew();
        var terms = new TermDictionary();
        var perDocument = new int[records.Count][];

        // Spaces never belong to a token, so each space-separated word is tokenized once and its term ids
        // remembered: most words (field names, URLs, codes, French words, hospital names) repeat across studies.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) };
        Parallel.For(0, records.Count, parallel, () => new WordTerms(terms), (index, _, words) =>
        {
            perDocument[index] = words.Collect(new StudyDocuments(records[index], generator));
            return words;
        }, _ => { });

        var termCount = terms.Count;
        var frequency = new int[termCount];
        foreach (var ids in perDocument)
        {
            foreach (var id in ids)
            {
                frequency[id]++;
            }
        }

        var everywhere = new bool[termCount];
        var offsets = new int[termCount + 1];
        for (var t = 0; t < termCount; t++)
        {
            everywhere[t] = frequency[t] == records.Count;
            offsets[t + 1] = offsets[t] + (everywhere[t] ? 0 : frequency[t]);
        }

        var postings = new int[offsets[termCount]];
        var fill = offsets[..termCount].ToArray();
        for (var document = 0; document < perDocument.Length; document++)
        {
            foreach (var id in perDocument[document])
            {
                if (!everywhere[id])
                {
                    postings[fill[id]++] = document;
                }
            }
        }

        stopwatch.Stop();
        return new FullTextIndex(new Dictionary<string, int>(terms.Ids, StringComparer.Ordinal), offsets, postings, everywhere, records.Count, stopwatch.Elapsed);
    }

    /// <summary>The studies containing the (analyzed, lower-case) <paramref name="term"/> in some field.</summary>
    public DocSet Find(string term) =>
        _termIds.TryGetValue(term, out var id) ? Postings(id) : new DocSet(DocumentCount);

    /// <summary>The studies containing a term that starts with <paramref name="prefix"/>.</summary>
    public DocSet FindPrefix(string prefix)
    {
        var result = new DocSet(DocumentCount);
        var start = LowerBound(prefix);
        for (var i = start; i < _sortedTerms.Length && _sortedTerms[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            result.UnionWith(Postings(_sortedTermIds[i]));
        }

        return result;
    }

    /// <summary>The studies containing a term accepted by <paramref name="accept"/> (wildcards, regular expressions, ranges).</summary>
    public DocSet FindMatching(Func<string, bool> accept)
    {
        var result = new DocSet(DocumentCount);
        for (var i = 0; i < _sortedTerms.Length; i++)
        {
            if (accept(_sortedTerms[i]))
            {
                result.UnionWith(Postings(_sortedTermIds[i]));
            }
        }

        return result;
    }

    /// <summary>One thread's word → term-ids memory, and the term set of the document being indexed.</summary>
    private sealed class TermDictionary
    {
        private int _last = -1;

        public ConcurrentDictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

        /// <summary>The number of ids handed out (ids lost to races stay unused, with no postings).</summary>
        public int Count => Volatile.Read(ref _last) + 1;

        public int NextId() => Interlocked.Increment(ref _last);
    }

    private sealed class WordTerms(TermDictionary terms)
    {
        private readonly Dictionary<string, int[]> _words = new(StringComparer.Ordinal);
        private readonly HashSet<int> _seen = [];
        private readonly List<int> _scratch = [];

        public int[] Collect(StudyDocuments documents)
        {
            _seen.Clear();
            IndexedDocument.ForEachValue(documents, withPaths: false, (_, text) => AddWords(text));
            var result = _seen.ToArray();
            Array.Sort(result);
            return result;
        }

        private void AddWords(ReadOnlySpan<char> text)
        {
            var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            var start = 0;
            while (start < text.Length)
            {
                while (start < text.Length && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                var end = start;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                if (end > start)
                {
                    var word = text[start..end];
                    if (!lookup.TryGetValue(word, out var ids))
                    {
                        ids = Tokenize(word);
                        lookup[word] = ids;
                    }

                    foreach (var id in ids)
                    {
                        _seen.Add(id);
                    }
                }

                start = end;
            }
        }

        private int[] Tokenize(ReadOnlySpan<char> word)
        {
            _scratch.Clear();
            var termLookup = terms.Ids.GetAlternateLookup<ReadOnlySpan<char>>();
            var scratch = _scratch;
            var dictionary = terms;
            StandardAnalyzer.Tokenize(word, (token, _) =>
            {
                if (!termLookup.TryGetValue(token, out var id))
                {
                    var candidate = dictionary.NextId();
                    id = termLookup.TryAdd(token, candidate) ? candidate : termLookup[token];
                }

                scratch.Add(id);
            });
            return [.. scratch];
        }
    }

    private DocSet Postings(int id) =>
        _everywhere[id] ? DocSet.All(DocumentCount) : DocSet.Of(DocumentCount, _postings.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]));

    private int LowerBound(string prefix)
    {
        int low = 0, high = _sortedTerms.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(_sortedTerms[mid], prefix) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
