using Gateway.GraphQL.Types.CodeFirst;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Common;

/// <summary>A range of days.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
[GraphQLDescription("A range of days (ECLAIRE sends dates or midnight-UTC instants; only the day is meaningful).")]
[CacheControl(InheritMaxAge = true)]
internal sealed record Period(
    [property: GraphQLDescription("The first day, when known.")]
    DateOnly? Start,
    [property: GraphQLDescription("The last day, when known.")]
    DateOnly? End)
{
    /// <summary>The GraphQL view of a domain period.</summary>
    public static Period From(Domain.Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new Period(period.Start, period.End);
    }
}
