using Gateway.Caching;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Relay;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Sites;

/// <summary>The GraphQL type <c>Site</c>: a view over an ECLAIRE <c>Location</c> (document section 4).</summary>
[GraphQLDescription("An investigator site where a study takes place (FHIR `Location`; « site investigateur »).")]
[CacheControl(MaxAge = GatewayCacheHints.StudyMaxAge)]
internal sealed class Site(Domain.Site source) : INode
{
    /// <summary>The site as the ECLAIRE client mapped it.</summary>
    internal Domain.Site Source { get; } = source;

    [ID]
    [GraphQLDescription("The global id (Relay): base64 of `Site:<eclaireId>`.")]
    public string Id => GlobalId.Encode(nameof(Site), Source.Id);

    [GraphQLDescription("The site's ECLAIRE id: `<study id>-<i>-site`, i from 0 (e.g. `2021-A01439-32-0-site`).")]
    public string EclaireId => Source.Id;

    [GraphQLDescription("The site's index within its study, from 0 (read from the id).")]
    public int? Index => Source.Index;

    [GraphQLDescription("The name of the organisation (« nom de l'organisme », `name`), e.g. `APHP - Hopital Avicenne`; may be ECLAIRE's placeholder « Donnée non disponible ».")]
    public string? Name => Source.Name;

    [GraphQLDescription("Every address line, as sent (`address.line`).")]
    public IReadOnlyList<string> AddressLines => Source.AddressLines;

    [GraphQLDescription("The street (`address.line[0]`).")]
    public string? Street => Source.Street;

    [GraphQLDescription("The department (« service », `address.line[1]`), e.g. `gastroentérologie`.")]
    public string? Service => Source.Service;

    [GraphQLDescription("The city (`address.city`).")]
    public string? City => Source.City;

    [GraphQLDescription("The postal code, when sent.")]
    public string? PostalCode => Source.PostalCode;

    [GraphQLDescription("The country code, when sent (e.g. `FR`).")]
    public string? Country => Source.Country;

    [GraphQLDescription("The site's email address (first `telecom` of system `email` with a value).")]
    public string? Email => Source.Email;

    [GraphQLDescription("The site's phone number (first `telecom` of system `phone` with a value).")]
    public string? Phone => Source.Phone;

    [GraphQLDescription("The investigators named on the site (« contact du site »).")]
    public IReadOnlyList<SiteContact> Contacts => [.. Source.Contacts.Select(c => new SiteContact(c))];
}
