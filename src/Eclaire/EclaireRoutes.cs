using System.Globalization;
using System.Text;
using Gateway.Eclaire.Domain;

namespace Gateway.Eclaire;

/// <summary>
/// Builds the relative URLs of ECLAIRE's routes exactly as the API reads them: the FHIR base is <c>R4/</c>, ids are
/// escaped path segments, search parameters are sent in a fixed order, blank values are never sent, and the search
/// is checked against the limits ECLAIRE enforces (<c>_count</c> 1 to 100, offsets within the 10,000-result window, the last page shortened to end in it).
/// </summary>
internal static class EclaireRoutes
{
    public const string Statistics = "api/statistics";

    public static string Study(string id) => "R4/ResearchStudy/" + Uri.EscapeDataString(id);

    public static string Group(string id) => "R4/Group/" + Uri.EscapeDataString(id);

    public static string Location(string id) => "R4/Location/" + Uri.EscapeDataString(id);

    public static string Organization(string id) => "R4/Organization/" + Uri.EscapeDataString(id);

    /// <summary>The search URL, e.g. <c>R4/ResearchStudy?_text=cancer&amp;status=active&amp;_include=*&amp;_count=50</c>.</summary>
    /// <exception cref="EclaireBadRequestException">The search breaks one of ECLAIRE's limits.</exception>
    public static string Search(StudySearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        Validate(search);

        var query = new StringBuilder("R4/ResearchStudy");
        var separator = '?';
        void Add(string name, string? value, bool escape = true)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            query.Append(separator).Append(name).Append('=').Append(escape ? Uri.EscapeDataString(value.Trim()) : value);
            separator = '&';
        }

        Add("identifier", search.Identifier);
        Add("_text", search.Text);
        Add("_content", search.Content);
        Add("status", search.Status?.ToFhirCode());
        foreach (var filter in search.LastUpdated)
        {
            Add("_lastUpdated", LastUpdatedValue(filter), escape: false);
        }

        if (search.Sort is { } sort)
        {
            Add("_sort", (sort.Descending ? "-" : string.Empty) + SortField(sort.Field), escape: false);
        }

        if (search.IncludeRelated)
        {
            Add("_include", "*", escape: false);
        }

        var pageSize = PageSize(search);
        if (search.Count is not null || pageSize != StudySearch.DefaultCount)
        {
            Add("_count", pageSize.ToString(CultureInfo.InvariantCulture), escape: false);
        }

        if (search.Offset is > 0 and var offset)
        {
            Add("_getpagesoffset", offset.ToString(CultureInfo.InvariantCulture), escape: false);
        }

        return query.ToString();
    }

    /// <summary>
    /// The page size sent: the asked count (ECLAIRE's default 20 when none), shortened so the page ends within the
    /// 10,000-result window.
    /// </summary>
    public static int PageSize(StudySearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var offset = search.Offset ?? 0;
        return Math.Min(search.Count ?? StudySearch.DefaultCount, StudySearch.MaxResultWindow - offset);
    }

    private static void Validate(StudySearch search)
    {
        if (search.Count is < 1 or > StudySearch.MaxCount)
        {
            throw new EclaireBadRequestException($"_count must be between 1 and {StudySearch.MaxCount}.");
        }

        if (search.Offset is < 0 or >= StudySearch.MaxResultWindow)
        {
            throw new EclaireBadRequestException(
                $"The offset must be between 0 and {StudySearch.MaxResultWindow - 1}: ECLAIRE serves only the first {StudySearch.MaxResultWindow} results of a search; narrow it down.");
        }
    }

    private static string LastUpdatedValue(LastUpdatedFilter filter)
    {
        var prefix = filter.Comparison switch
        {
            DateComparison.Equal => string.Empty,
            DateComparison.GreaterThan => "gt",
            DateComparison.GreaterOrEqual => "ge",
            DateComparison.LessThan => "lt",
            DateComparison.LessOrEqual => "le",
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Comparison, "Unknown comparison."),
        };
        return prefix + filter.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string SortField(StudySortField field) => field switch
    {
        StudySortField.LastUpdated => "meta.lastUpdated",
        StudySortField.Id => "_id",
        StudySortField.Status => "status.keyword",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown sort field."),
    };
}
