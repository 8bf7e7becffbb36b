using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gateway.Sandbox.Eclaire.Data;
using Gateway.Sandbox.Eclaire.Fhir;

namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>
/// Runs parsed <c>query_string</c> queries and <c>match</c> queries against the data set: the inverted
/// index answers whole-document terms, prefixes, wildcards, fuzzy terms and ranges; phrases and queries on
/// one field take the index's candidates and check them against the regenerated documents.
/// </summary>
internal sealed class TextQueryEvaluator(FullTextIndex index, IReadOnlyList<StudyRecord> records, StudyGenerator generator)
{
    private int Count => records.Count;

    public DocSet Evaluate(TextQuery query) => query switch
    {
        BooleanTextQuery boolean => Boolean(boolean),
        MatchAllTextQuery all => all.Field is null ? DocSet.All(Count) : Verify(DocSet.All(Count), all.Field, _ => true),
        TermTextQuery term => Term(term.Field, term.Text),
        PhraseTextQuery phrase => Phrase(phrase),
        PrefixTextQuery prefix => Terms(prefix.Field, index.FindPrefix(prefix.Prefix), t => t.StartsWith(prefix.Prefix, StringComparison.Ordinal), id => id.StartsWith(prefix.Prefix, StringComparison.OrdinalIgnoreCase)),
        WildcardTextQuery wildcard => Pattern(wildcard.Field, WildcardRegex(wildcard.Pattern)),
        RegexpTextQuery regexp => Pattern(regexp.Field, LuceneRegex(regexp.Pattern)),
        FuzzyTextQuery fuzzy => Terms(fuzzy.Field, index.FindMatching(t => WithinEdits(t, fuzzy.Text, fuzzy.MaxEdits)), t => WithinEdits(t, fuzzy.Text, fuzzy.MaxEdits), id => WithinEdits(id, fuzzy.Text, fuzzy.MaxEdits)),
        RangeTextQuery range => Range(range),
        _ => new DocSet(Count),
    };

    /// <summary>OpenSearch's <c>match</c> query on one field (unknown search parameters): any of the value's tokens in that field.</summary>
    public DocSet Match(string field, string value)
    {
        if (field == "_id")
        {
            return Ids(id => id == value);
        }

        var tokens = StandardAnalyzer.Tokens(value);
        if (tokens.Count == 0)
        {
            return new DocSet(Count);
        }

        return Term(field, value);
    }

    private DocSet Boolean(BooleanTextQuery query)
    {
        DocSet? must = null;
        DocSet? should = null;
        var mustNot = new DocSet(Count);
        foreach (var clause in query.Clauses)
        {
            var result = Evaluate(clause.Query);
            switch (clause.Occur)
            {
                case Occur.Must:
                    if (must is null)
                    {
                        must = result;
                    }
                    else
                    {
                        must.IntersectWith(result);
                    }

                    break;
                case Occur.Should:
                    if (should is null)
                    {
                        should = result;
                    }
                    else
                    {
                        should.UnionWith(result);
                    }

                    break;
                default:
                    mustNot.UnionWith(result);
                    break;
            }
        }

        var matched = must ?? should ?? new DocSet(Count);
        matched.ExceptWith(mustNot);
        return matched;
    }

    private DocSet Term(string? field, string text)
    {
        switch (field)
        {
            case "_id":
                return Ids(id => id == text);
            case "id.keyword":
                return Ids(id => id == text);
            case "status.keyword":
                return Records(r => r.Status == text);
            case "meta.lastUpdated":
                return IndexedDocument.TryParseDay(text, out var day) ? Records(r => r.LastUpdated == day) : new DocSet(Count);
        }

        var tokens = StandardAnalyzer.Tokens(text);
        var candidates = new DocSet(Count);
        foreach (var token in tokens)
        {
            candidates.UnionWith(index.Find(token));
        }

        if (field is null)
        {
            if (IndexedDocument.TryParseDay(text, out var date))
            {
                candidates.UnionWith(Records(r => r.LastUpdated == date));
            }

            return candidates;
        }

        var wanted = new HashSet<string>(tokens, StringComparer.Ordinal);
        return Verify(candidates, field, values => values.Any(v => StandardAnalyzer.Tokens(v.Text).Any(wanted.Contains)));
    }

    private DocSet Phrase(PhraseTextQuery phrase)
    {
        var tokens = StandardAnalyzer.Tokens(phrase.Text);
        var candidates = DocSet.All(Count);
        foreach (var token in tokens)
        {
            candidates.IntersectWith(index.Find(token));
        }

        return Verify(candidates, phrase.Field, values => values.Any(v => ContainsPhrase(StandardAnalyzer.Tokens(v.Text), tokens, phrase.Slop)));
    }

    private DocSet Terms(string? field, DocSet candidates, Func<string, bool> acceptToken, Func<string, bool> acceptId)
    {
        return field switch
        {
            null => candidates,
            "_id" or "id.keyword" => Ids(acceptId),
            "status.keyword" => Records(r => acceptId(r.Status)),
            _ => Verify(candidates, field, values => values.Any(v => StandardAnalyzer.Tokens(v.Text).Any(acceptToken))),
        };
    }

    private DocSet Pattern(string? field, Regex regex) =>
        Terms(field, index.FindMatching(regex.IsMatch), regex.IsMatch, regex.IsMatch);

    private DocSet Range(RangeTextQuery range)
    {
        var lower = range.Lower?.ToLowerInvariant();
        var upper = range.Upper?.ToLowerInvariant();
        bool InRange(string term)
        {
            if (lower is not null)
            {
                var c = string.CompareOrdinal(term, lower);
                if (c < 0 || (c == 0 && !range.IncludeLower))
                {
                    return false;
                }
            }

            if (upper is not null)
            {
                var c = string.CompareOrdinal(term, upper);
                if (c > 0 || (c == 0 && !range.IncludeUpper))
                {
                    return false;
                }
            }

            return true;
        }

        var dates = DateRange(range);
        if (range.Field == "meta.lastUpdated")
        {
            return dates;
        }

        var result = Terms(range.Field, index.FindMatching(InRange), InRange, InRange);
        if (range.Field is null)
        {
            result.UnionWith(dates);
        }

        return result;
    }

    private DocSet DateRange(RangeTextQuery range)
    {
        DateTimeOffset? low = null;
        DateTimeOffset? high = null;
        if (range.Lower is not null)
        {
            if (!IndexedDocument.TryParseDay(range.Lower, out var parsed))
            {
                return new DocSet(Count);
            }

            low = parsed;
        }

        if (range.Upper is not null)
        {
            if (!IndexedDocument.TryParseDay(range.Upper, out var parsed))
            {
                return new DocSet(Count);
            }

            high = parsed;
        }

        return Records(r => r.LastUpdated is { } date
            && (low is null || date > low || (range.IncludeLower && date == low))
            && (high is null || date < high || (range.IncludeUpper && date == high)));
    }

    private DocSet Ids(Func<string, bool> accept) => Records(r => accept(r.Id));

    private DocSet Records(Func<StudyRecord, bool> accept)
    {
        var result = new DocSet(Count);
        foreach (var record in records)
        {
            if (accept(record))
            {
                result.Add(record.Index);
            }
        }

        return result;
    }

    /// <summary>Keeps the candidates whose values (of <paramref name="field"/>, or all) satisfy <paramref name="accept"/>.</summary>
    private DocSet Verify(DocSet candidates, string? field, Func<IReadOnlyList<FieldValue>, bool> accept)
    {
        var result = new DocSet(Count);
        foreach (var member in candidates.Members())
        {
            var values = IndexedDocument.Collect(new StudyDocuments(records[member], generator));
            var selected = field is null ? values : values.Where(v => v.Path == field).ToList();
            if (selected.Count > 0 && accept(selected))
            {
                result.Add(member);
            }
        }

        return result;
    }

    private static bool ContainsPhrase(List<string> tokens, List<string> phrase, int slop)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            if (tokens[start] != phrase[0])
            {
                continue;
            }

            var position = start;
            var gaps = 0;
            var matched = 1;
            while (matched < phrase.Count && position + 1 < tokens.Count)
            {
                position++;
                if (tokens[position] == phrase[matched])
                {
                    matched++;
                }
                else if (++gaps > slop)
                {
                    break;
                }
            }

            if (matched == phrase.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WithinEdits(string candidate, string target, int maxEdits)
    {
        if (Math.Abs(candidate.Length - target.Length) > maxEdits)
        {
            return false;
        }

        var previous = new int[target.Length + 1];
        var current = new int[target.Length + 1];
        for (var j = 0; j <= target.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= candidate.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= target.Length; j++)
            {
                var cost = candidate[i - 1] == target[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > maxEdits)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[target.Length] <= maxEdits;
    }

    private static Regex WildcardRegex(string pattern)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\' when i + 1 < pattern.Length:
                    builder.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                case '*':
                    builder.Append(".*");
                    break;
                case '?':
                    builder.Append('.');
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>A Lucene regular expression (whole-term match) as a .NET one; an invalid one is a parse error.</summary>
    private static Regex LuceneRegex(string pattern)
    {
        try
        {
            return new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (ArgumentException exception)
        {
            throw new TextQueryParseException(string.Create(CultureInfo.InvariantCulture, $"Failed to parse query [/{pattern}/]"), exception);
        }
    }
}
