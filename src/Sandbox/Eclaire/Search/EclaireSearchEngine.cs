using System.Globalization;
using System.Text.RegularExpressions;
using Gateway.Sandbox.Common;
using Gateway.Sandbox.Eclaire.Data;
using Gateway.Sandbox.Eclaire.Fhir;

namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>
/// <c>GET /R4/ResearchStudy</c>, step by step as the API does it: the controller's checks (<c>_count</c>,
/// <c>_lastUpdated</c>), the conversion of each parameter to an OpenSearch clause (stopping at the first
/// empty value), the search (query, sort, offset window, exact total), the links, the included resources,
/// and the 404 for no hits. Errors OpenSearch would raise become the API's 400 OperationOutcome.
/// </summary>
internal sealed partial class EclaireSearchEngine(EclaireDataSet dataSet, EclaireSandboxOptions options)
{
    private const int MaxCount = 100;
    private const int MaxResultWindow = 10_000;
    private static readonly SortKey[] DefaultSort = [new("meta.lastUpdated", true), new("_id", true), new("status.keyword", false)];
    private readonly Lazy<HashSet<string>> _knownFields = new(() => KnownFields(dataSet));

    public EclaireResponse Search(IReadOnlyList<QueryParameter> parameters, string baseUrl)
    {
        if (CheckController(parameters) is { } rejected)
        {
            return rejected;
        }

        var list = parameters.ToList();
        if (!list.Any(p => p.Name == "_count"))
        {
            list.Add(new QueryParameter("_count", [options.DefaultPageSize.ToString(CultureInfo.InvariantCulture)]));
        }

        try
        {
            return Run(list, baseUrl);
        }
        catch (ScriptErrorException)
        {
            return EclaireErrors.InternalError(EclaireResponse.FhirJson);
        }
        catch (SearchFailedException failure)
        {
            return EclaireErrors.SearchFailed(failure.Message);
        }
        catch (TextQueryParseException failure)
        {
            return EclaireErrors.SearchFailed(failure.Message);
        }
    }

    /// <summary>The controller's checks before any search (SearchResearchStudyController.ts).</summary>
    private static EclaireResponse? CheckController(IReadOnlyList<QueryParameter> parameters)
    {
        var count = parameters.FirstOrDefault(p => p.Name == "_count");
        if (count is { IsTruthy: true })
        {
            var value = JsValues.ParseInt(count.Text);
            if (double.IsNaN(value) || value > MaxCount)
            {
                return EclaireErrors.BadRequest("_count ne peut pas dépasser 100");
            }
        }

        var lastUpdated = parameters.FirstOrDefault(p => p.Name == "_lastUpdated");
        if (lastUpdated is { IsTruthy: true })
        {
            var text = lastUpdated.Text;
            var match = DateOperator().Match(text);
            if (!match.Success)
            {
                if (!IsValidDate(text))
                {
                    return EclaireErrors.BadRequest("Invalid date: " + text);
                }
            }
            else
            {
                if (lastUpdated.IsArray)
                {
                    return EclaireErrors.InternalError(EclaireResponse.FhirJson);
                }

                var date = JsValues.TrimJsWhitespace(ReplaceFirst(text, match.Value));
                if (!IsValidDate(date))
                {
                    return EclaireErrors.BadRequest("Invalid date: " + date);
                }
            }
        }

        return null;
    }

    private EclaireResponse Run(List<QueryParameter> parameters, string baseUrl)
    {
        double from = 0;
        double size = options.DefaultPageSize;
        IReadOnlyList<SortKey> sort = DefaultSort;
        string[]? searchAfter = null;
        var must = new List<Func<DocSet>>();
        var should = new List<Func<DocSet>>();
        string? parseError = null;

        void Fail(string reason) => parseError ??= reason;

        foreach (var parameter in parameters)
        {
            if (!parameter.IsArray && parameter.Values[0].Length == 0)
            {
                break;
            }

            var value = parameter.Text;
            switch (parameter.Name)
            {
                case "_getpagesoffset":
                    from = JsValues.ToNumber(value);
                    break;
                case "_lastUpdated":
                    AddDate(must, value, should: false);
                    break;
                case "_shouldLastUpdated":
                    if (parameter.IsArray)
                    {
                        if (DateOperator().IsMatch(value))
                        {
                            throw new ScriptErrorException("value.replace is not a function");
                        }

                        Fail("[match] unknown token [START_ARRAY] after [meta.lastUpdated]");
                        break;
                    }

                    AddDate(should, value, should: true);
                    break;
                case "_sort":
                    if (parameter.IsArray)
                    {
                        throw new ScriptErrorException("value.split is not a function");
                    }

                    foreach (var item in value.Split(','))
                    {
                        sort = [item.StartsWith('-') ? new SortKey(item[1..], true) : new SortKey(item, false)];
                    }

                    break;
                case "_count":
                    var count = JsValues.ToNumber(value);
                    if (count <= MaxCount)
                    {
                        size = count;
                    }

                    break;
                case "_text":
                case "_content":
                    if (parameter.IsArray)
                    {
                        Fail("[query_string] query does not support [query]");
                        break;
                    }

                    must.Add(() => Evaluator().Evaluate(TextQueryParser.Parse(value)));
                    break;
                case "identifier":
                    if (parameter.IsArray)
                    {
                        Fail("[match] unknown token [START_ARRAY] after [_id]");
                        break;
                    }

                    must.Add(() => Ids(value));
                    break;
                case "_shouldId":
                    if (parameter.IsArray)
                    {
                        Fail("[match] unknown token [START_ARRAY] after [_id]");
                        break;
                    }

                    should.Add(() => Ids(value));
                    break;
                case "search_after":
                    if (parameter.IsArray)
                    {
                        throw new ScriptErrorException("value.split is not a function");
                    }

                    searchAfter = value.Split(',');
                    from = 0;
                    break;
                case "_include":
                    break;
                case "status":
                    if (parameter.IsArray)
                    {
                        Fail("[term] query does not support array of values");
                        break;
                    }

                    must.Add(() => Where(r => r.Status == value));
                    break;
                case "_must":
                case "_mustNot":
                    if (parameter.IsArray)
                    {
                        Fail("[term] query does not support array of values");
                        break;
                    }

                    var exclude = parameter.Name == "_mustNot";
                    must.Add(() => Where(r => r.RegulationCode is { } code && (exclude ? code != value : code == value)));
                    break;
                default:
                    var field = parameter.Name;
                    if (parameter.IsArray)
                    {
                        Fail("[match] unknown token [START_ARRAY] after [" + field + "]");
                        break;
                    }

                    must.Add(() => Match(field, value));
                    break;
            }
        }

        // OpenSearch reads the body in order: from, query, size, sort; then runs the query, sorts, pages.
        if (from < 0)
        {
            throw new SearchFailedException("[from] parameter cannot be negative, found [" + JsValues.ToJsString(from) + "]");
        }

        if (parseError is not null)
        {
            throw new SearchFailedException(parseError);
        }

        if (size < 0)
        {
            throw new SearchFailedException("[size] parameter cannot be negative, found [" + JsValues.ToJsString(size) + "]");
        }

        var matches = DocSet.All(dataSet.Studies.Count);
        foreach (var clause in must)
        {
            matches.IntersectWith(clause());
        }

        if (should.Count > 0)
        {
            var any = new DocSet(dataSet.Studies.Count);
            foreach (var clause in should)
            {
                any.UnionWith(clause());
            }

            matches.IntersectWith(any);
        }

        var ordered = Order(matches, sort);
        if (searchAfter is not null)
        {
            ordered = After(ordered, sort, searchAfter);
        }

        var offset = double.IsNaN(from) ? 0 : (int)Math.Min(from, int.MaxValue);
        var pageSize = (int)Math.Min(size, int.MaxValue);
        if ((long)offset + pageSize > MaxResultWindow)
        {
            throw new SearchFailedException(string.Create(
                CultureInfo.InvariantCulture,
                $"Result window is too large, from + size must be less than or equal to: [{MaxResultWindow}] but was [{(long)offset + pageSize}]. See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting."));
        }

        var total = matches.Cardinality();
        if (total == 0)
        {
            return new EclaireResponse(404, EclaireResponse.FhirJson, JsonText.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("resourceType", "Bundle");
                writer.WriteString("type", "searchset");
                writer.WriteNumber("total", 0);
                writer.WriteEndObject();
            }));
        }

        var page = ordered.Skip(offset).Take(pageSize).Select(i => dataSet.Studies[i]).ToList();
        var include = parameters.Any(p => p.Name == "_include" && !p.IsArray && p.Values[0] == "*");
        var links = Links(parameters, baseUrl, page.Count, total, from, size);
        var body = JsonText.Write(writer => BundleJson.Write(writer, dataSet, page, include, links, total, baseUrl));
        return new EclaireResponse(200, EclaireResponse.FhirJson, body);
    }

    private void AddDate(List<Func<DocSet>> clauses, string value, bool should)
    {
        var match = DateOperator().Match(value);
        if (!match.Success)
        {
            clauses.Add(() => DateMatch(value));
            return;
        }

        var date = ReplaceFirst(value, match.Value);
        switch (match.Value)
        {
            case "eq":
                clauses.Add(() => DateMatch(date));
                break;
            case "ne":
                if (!should)
                {
                    clauses.Add(() => DateRange(date, d => false));
                }

                break;
            case "lt":
                clauses.Add(() => DateRange(date, d => d < 0));
                break;
            case "le":
                clauses.Add(() => DateRange(date, d => d <= 0));
                break;
            case "gt":
                clauses.Add(() => DateRange(date, d => d > 0));
                break;
            default:
                clauses.Add(() => DateRange(date, d => d >= 0));
                break;
        }
    }

    private DocSet DateMatch(string text) => DateRange(text, d => d == 0);

    /// <summary>Documents whose <c>meta.lastUpdated</c> compares to the date as <paramref name="accept"/> says (sign of the comparison).</summary>
    private DocSet DateRange(string text, Func<int, bool> accept)
    {
        if (!TryParseStrictDate(text, out var date))
        {
            throw new SearchFailedException(
                $"failed to parse date field [{text}] with format [strict_date_optional_time||epoch_millis]: [failed to parse date field [{text}] with format [strict_date_optional_time||epoch_millis]]");
        }

        return Where(r => r.LastUpdated is { } updated && accept(updated.CompareTo(date)));
    }

    private DocSet Match(string field, string value)
    {
        if (field == "meta.lastUpdated")
        {
            return DateMatch(value);
        }

        return field == "_id" ? Ids(value) : Evaluator().Match(field, value);
    }

    private DocSet Ids(string value) => Where(r => r.Id == value);

    private DocSet Where(Func<StudyRecord, bool> accept)
    {
        var result = new DocSet(dataSet.Studies.Count);
        foreach (var record in dataSet.Studies)
        {
            if (accept(record))
            {
                result.Add(record.Index);
            }
        }

        return result;
    }

    private TextQueryEvaluator Evaluator() => new(dataSet.TextIndex, dataSet.Studies, dataSet.Generator);

    private List<int> Order(DocSet matches, IReadOnlyList<SortKey> sort)
    {
        if (ReferenceEquals(sort, DefaultSort))
        {
            return [.. dataSet.DefaultOrder.Where(matches.Contains)];
        }

        var key = sort[0];
        var comparison = Comparison(key);
        var members = matches.Members().ToList();
        members.Sort((a, b) =>
        {
            var c = comparison(dataSet.Studies[a], dataSet.Studies[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        return members;
    }

    private Comparison<StudyRecord> Comparison(SortKey key)
    {
        var sign = key.Descending ? -1 : 1;
        switch (key.Field)
        {
            case "meta.lastUpdated":
                return (x, y) => (x.LastUpdated, y.LastUpdated) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    var (a, b) => sign * a.Value.CompareTo(b.Value),
                };
            case "_id":
            case "id.keyword":
                return (x, y) => sign * string.CompareOrdinal(x.Id, y.Id);
            case "status.keyword":
                return (x, y) => sign * string.CompareOrdinal(x.Status, y.Status);
            case "_doc":
            case "_score":
                return (x, y) => sign * x.Index.CompareTo(y.Index);
        }

        if (_knownFields.Value.Contains(key.Field))
        {
            throw new SearchFailedException(
                $"Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [{key.Field}] in order to load field data by uninverting the inverted index. Note that this can use significant memory.");
        }

        throw new SearchFailedException($"No mapping found for [{key.Field}] in order to sort on");
    }

    private List<int> After(List<int> ordered, IReadOnlyList<SortKey> sort, string[] values)
    {
        if (values.Length != sort.Count)
        {
            throw new SearchFailedException(string.Create(CultureInfo.InvariantCulture, $"search_after has {values.Length} value(s) but sort has {sort.Count}."));
        }

        var anchor = new List<Func<StudyRecord, int>>();
        for (var i = 0; i < sort.Count; i++)
        {
            var key = sort[i];
            var text = values[i];
            var sign = key.Descending ? -1 : 1;
            switch (key.Field)
            {
                case "meta.lastUpdated":
                    if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var millis))
                    {
                        throw new SearchFailedException($"failed to parse date field [{text}] with format [epoch_millis]");
                    }

                    var instant = DateTimeOffset.FromUnixTimeMilliseconds(millis);
                    anchor.Add(r => r.LastUpdated is { } d ? sign * d.CompareTo(instant) : 1);
                    break;
                case "_doc":
                case "_score":
                    var position = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
                    anchor.Add(r => sign * r.Index.CompareTo(position));
                    break;
                case "status.keyword":
                    anchor.Add(r => sign * string.CompareOrdinal(r.Status, text));
                    break;
                default:
                    anchor.Add(r => sign * string.CompareOrdinal(r.Id, text));
                    break;
            }
        }

        return [.. ordered.Where(index =>
        {
            var record = dataSet.Studies[index];
            foreach (var compare in anchor)
            {
                var c = compare(record);
                if (c != 0)
                {
                    return c > 0;
                }
            }

            return false;
        })];
    }

    /// <summary>The <c>self</c> and <c>next</c> links, built as EsResearchStudyRepository.buildSearchLinks does.</summary>
    private static List<(string Relation, string Url)> Links(List<QueryParameter> parameters, string baseUrl, int hits, int total, double from, double size)
    {
        var links = new List<(string, string)>();
        if (hits == 0)
        {
            return links;
        }

        var all = parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Text)).ToList();
        links.Add(("self", baseUrl + "R4/ResearchStudy?" + FormUrlEncoding.Serialize(all)));
        if (total > from + size && total > size)
        {
            var next = all.Where(p => p.Key is not ("_getpagesoffset" or "_count")).ToList();
            next.Add(new("_count", JsValues.ToJsString(size)));
            next.Add(new("_getpagesoffset", JsValues.ToJsString(from + size)));
            links.Add(("next", baseUrl + "R4/ResearchStudy?" + FormUrlEncoding.Serialize(next)));
        }

        return links;
    }

    /// <summary>date.util.ts isValidDate: strictly <c>YYYY-MM-DD</c> and a real calendar day.</summary>
    private static bool IsValidDate(string value)
    {
        if (!StrictDate().IsMatch(value))
        {
            return false;
        }

        var year = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(value.AsSpan(8, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        int[] days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return day <= days[month - 1];
    }

    /// <summary>OpenSearch's <c>strict_date_optional_time||epoch_millis</c>, as far as the API can send it.</summary>
    private static bool TryParseStrictDate(string text, out DateTimeOffset date)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFK", "yyyy-MM-dd'T'HH:mm:ssK"];
        if (DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date))
        {
            return true;
        }

        if (text.Length > 0 && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var millis) && text.Length > 4)
        {
            date = DateTimeOffset.FromUnixTimeMilliseconds(millis);
            return true;
        }

        return false;
    }

    private static string ReplaceFirst(string text, string value)
    {
        var index = text.IndexOf(value, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), text.AsSpan(index + value.Length));
    }

    /// <summary>The paths of every field the index has seen (for the "text field" sort error).</summary>
    private static HashSet<string> KnownFields(EclaireDataSet dataSet)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in dataSet.Studies.Take(300))
        {
            foreach (var value in IndexedDocument.Collect(dataSet.Documents(record)))
            {
                fields.Add(value.Path);
            }
        }

        fields.UnionWith(["category.coding.code", "category.coding.display", "condition.text", "condition.coding.code", "phase.coding.code", "title", "status", "id"]);
        return fields;
    }

    [GeneratedRegex("(eq|ne|lt|le|gt|ge)", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateOperator();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StrictDate();
}
