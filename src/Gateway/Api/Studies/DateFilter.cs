using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>One day comparison (a OneOf input: ECLAIRE answers one <c>_lastUpdated</c> comparison per search).</summary>
[OneOf]
[GraphQLName("DateFilter")]
[GraphQLDescription("One comparison with a day (ECLAIRE compares whole days, `YYYY-MM-DD`), e.g. `{ ge: \"2025-01-01\" }`. Exactly one field: ECLAIRE answers a single `_lastUpdated` comparison per search (a second one makes it fail), so a range cannot be asked in one search.")]
internal sealed class DateFilter
{
    [GraphQLDescription("On that day.")]
    public DateOnly? Eq { get; set; }

    [GraphQLDescription("After that day.")]
    public DateOnly? Gt { get; set; }

    [GraphQLDescription("On that day or after.")]
    public DateOnly? Ge { get; set; }

    [GraphQLDescription("Before that day.")]
    public DateOnly? Lt { get; set; }

    [GraphQLDescription("On that day or before.")]
    public DateOnly? Le { get; set; }
}
