using Gateway.GraphQL.Types.CodeFirst;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Common;

/// <summary>A FHIR <c>Coding</c>: a code from a terminology, as ECLAIRE sends it.</summary>
/// <param name="System">The code system URI.</param>
/// <param name="Code">The code.</param>
/// <param name="Display">Its display text.</param>
/// <param name="Version">The code system version.</param>
[GraphQLDescription("A code from a terminology, as ECLAIRE sends it (FHIR `Coding`): a research phase, a country (ISO 3166), a MedDRA term, a regulation precision, a recruitment population...")]
[CacheControl(InheritMaxAge = true)]
internal sealed record Coding(
    [property: GraphQLDescription("The code system URI, e.g. `https://www.meddra.org` or `urn:iso:std:iso:3166`.")]
    string? System,
    [property: GraphQLDescription("The code, e.g. `phase-3`, `FR`, `10065430`.")]
    string? Code,
    [property: GraphQLDescription("The code's display text, e.g. `Phase 3`, `France`, `Cancer du sein HER2 positif`.")]
    string? Display,
    [property: GraphQLDescription("The version of the code system ECLAIRE states.")]
    string? Version)
{
    /// <summary>The GraphQL view of a domain coding.</summary>
    public static Coding From(Domain.Coding coding)
    {
        ArgumentNullException.ThrowIfNull(coding);
        return new Coding(coding.System, coding.Code, coding.Display, coding.Version);
    }

    /// <summary>The GraphQL views of domain codings.</summary>
    public static IReadOnlyList<Coding> From(IReadOnlyList<Domain.Coding> codings)
    {
        ArgumentNullException.ThrowIfNull(codings);
        return [.. codings.Select(From)];
    }
}
