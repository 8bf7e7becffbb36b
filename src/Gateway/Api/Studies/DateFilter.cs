using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>Day comparisons on a date field; every comparison given must hold.</summary>
[GraphQLName("DateFilter")]
[GraphQLDescription("Comparisons with days (ECLAIRE compares whole days, `YYYY-MM-DD`); every comparison given must hold, e.g. `{ ge: \"2024-01-01\", lt: \"2025-01-01\" }`.")]
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
