using System.Globalization;
using Gateway.GraphQL.Types.CodeFirst;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Groups;

/// <summary>An age range of a group (<c>grp-age</c>, document 3.2.1).</summary>
[GraphQLDescription("An age range an enrollment group admits (« tranche d'âge », characteristic `grp-age`): 0-17, 18-64 or 65+ years on ECLAIRE.")]
[CacheControl(InheritMaxAge = true)]
internal sealed class AgeRange(Domain.AgeRange source)
{
    [GraphQLDescription("The lower bound, inclusive (`low`).")]
    public int? Low => source.Low;

    [GraphQLDescription("The upper bound, inclusive (`high`); null for an open range such as 65+.")]
    public int? High => source.High;

    [GraphQLDescription("The unit, always `years` on ECLAIRE.")]
    public string? Unit => source.Unit;

    [GraphQLDescription("The range as ECLAIRE's interface writes it: `18-64 ans`, `65+ ans`.")]
    public string Label => (source.Low, source.High) switch
    {
        ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $"{low}-{high} ans"),
        ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $"{low}+ ans"),
        (null, { } high) => string.Create(CultureInfo.InvariantCulture, $"0-{high} ans"),
        _ => "âge non précisé",
    };
}
