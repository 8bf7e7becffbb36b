using System.Globalization;
using Gateway.Eclaire;
using Gateway.GraphQL;
using Gateway.Api.Common;
using Gateway.Api.Relay;

namespace Gateway.Api.Studies;

/// <summary>
/// Turns the arguments of <c>studies</c> into one ECLAIRE search, refusing with <c>BAD_USER_INPUT</c> what ECLAIRE cannot
/// answer exactly (rather than answering something else): a page larger than 100, an offset past the 10,000-result
/// window, a cursor this gateway did not issue, more than one sort.
/// </summary>
internal static class StudySearchBuilder
{
    /// <summary>The largest <c>first</c>: ECLAIRE's largest page.</summary>
    public const int MaxFirst = StudySearch.MaxCount;

    /// <summary>The offset of the first result a connection page starts at.</summary>
    public static int OffsetAfter(string? after)
    {
        if (after is null)
        {
            return 0;
        }

        // The gateway issues cursors for positions within ECLAIRE's window only; anything past it (up to int.MaxValue,
        // whose next position would overflow) is not one of them.
        if (!OffsetCursor.TryDecode(after, out var position) || position is < 0 or >= StudySearch.MaxResultWindow)
        {
            throw new GraphQLException("`after` is not a cursor of this connection: pass the `cursor` of an edge, or `pageInfo.endCursor`.", ErrorCodes.BadUserInput);
        }

        return position + 1;
    }

    /// <summary>The search for a page of <paramref name="first"/> studies from <paramref name="offset"/>.</summary>
    public static StudySearch Build(StudyFilter? where, IReadOnlyList<StudySort>? order, int first, int offset, bool includeRelated)
    {
        if (first is < 1 or > MaxFirst)
        {
            throw new GraphQLException(
                string.Create(CultureInfo.InvariantCulture, $"`first` must be between 1 and {MaxFirst} (ECLAIRE serves at most {MaxFirst} studies a page); it was {first}."),
                ErrorCodes.BadUserInput);
        }

        if (offset >= StudySearch.MaxResultWindow)
        {
            throw new GraphQLException(
                string.Create(CultureInfo.InvariantCulture, $"ECLAIRE serves only the first {StudySearch.MaxResultWindow:N0} results of a search, and this page would start at result {offset + 1:N0}: narrow the search with `where` (status, lastUpdated, text) instead of paging further."),
                ErrorCodes.BadUserInput);
        }

        return new StudySearch
        {
            Identifier = where?.Identifier,
            Text = where?.Text,
            Content = where?.Content,
            Status = where?.Status?.ToDomain(),
            LastUpdated = LastUpdated(where?.LastUpdated),
            Sort = Sort(order),
            Count = first,
            Offset = offset,
            IncludeRelated = includeRelated,
        };
    }

    private static List<LastUpdatedFilter> LastUpdated(DateFilter? filter)
    {
        var filters = new List<LastUpdatedFilter>();
        if (filter is null)
        {
            return filters;
        }

        void Add(DateComparison comparison, DateOnly? date)
        {
            if (date is { } day)
            {
                filters.Add(new LastUpdatedFilter(comparison, day));
            }
        }

        Add(DateComparison.Equal, filter.Eq);
        Add(DateComparison.GreaterThan, filter.Gt);
        Add(DateComparison.GreaterOrEqual, filter.Ge);
        Add(DateComparison.LessThan, filter.Lt);
        Add(DateComparison.LessOrEqual, filter.Le);
        return filters;
    }

    private static Eclaire.StudySort? Sort(IReadOnlyList<StudySort>? order)
    {
        if (order is null || order.Count == 0)
        {
            return null;
        }

        if (order.Count > 1)
        {
            throw new GraphQLException(
                "ECLAIRE sorts on one field only: give `order` one entry.",
                ErrorCodes.BadUserInput);
        }

        var sort = order[0];
        return (sort.LastUpdated, sort.EclaireId, sort.Status) switch
        {
            ({ } direction, null, null) => new Eclaire.StudySort(StudySortField.LastUpdated, direction == SortDirection.Desc),
            (null, { } direction, null) => new Eclaire.StudySort(StudySortField.Id, direction == SortDirection.Desc),
            (null, null, { } direction) => new Eclaire.StudySort(StudySortField.Status, direction == SortDirection.Desc),
            _ => throw new GraphQLException("A `StudySort` takes exactly one field.", ErrorCodes.BadUserInput),
        };
    }
}
