using Gateway.GraphQL.Types.CodeFirst;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Sites;

/// <summary>The investigator named on a site (extension <c>eclaire-site-contact-name</c>).</summary>
[GraphQLDescription("The investigator named on a site (« contact du site », extension `eclaire-site-contact-name` on a `telecom` entry).")]
[CacheControl(InheritMaxAge = true)]
internal sealed class SiteContact(Domain.SiteContact source)
{
    [GraphQLDescription("The title (HumanName `prefix`), e.g. `Dr.`, `Prof.`, `Professeur`.")]
    public string? Title => source.Title;

    [GraphQLDescription("The family name.")]
    public string? FamilyName => source.FamilyName;

    [GraphQLDescription("The given names.")]
    public IReadOnlyList<string> GivenNames => source.GivenNames;
}
