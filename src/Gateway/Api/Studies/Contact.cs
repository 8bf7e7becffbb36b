using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Common;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Studies;

/// <summary>A study contact (<c>ResearchStudy.contact</c>, document 2.4.4).</summary>
[GraphQLDescription("A study contact (`ResearchStudy.contact`): the public contact (« contact public ») or the sponsor's / depositor's (« déposant »).")]
[CacheControl(InheritMaxAge = true)]
internal sealed class Contact(Domain.Contact source)
{
    [GraphQLDescription("Who the contact is.")]
    public ContactType Type => source.Type.ToSchema();

    [GraphQLDescription("The raw type code, `PUB` or `SCI`; null when absent.")]
    public string? TypeCode => source.TypeCode;

    [GraphQLDescription("ECLAIRE's `name`: the organisation's name (« nom de l'organisme ») for the sponsor contact; for the public contact ECLAIRE writes its type there (`Public`).")]
    public string? OrganizationName => source.Organization;

    [GraphQLDescription("Family name (extension `eclaire-contact-name`).")]
    public string? FamilyName => source.FamilyName;

    [GraphQLDescription("Given names (extension `eclaire-contact-name`).")]
    public IReadOnlyList<string> GivenNames => source.GivenNames;

    [GraphQLDescription("Affiliation (extension `eclaire-contact-affiliation`), when sent.")]
    public string? Affiliation => source.Affiliation;

    [GraphQLDescription("Postal address (extension `eclaire-contact-address`), when sent.")]
    public PostalAddress? Address => source.Address is { } address ? PostalAddress.From(address) : null;

    [GraphQLDescription("Phone number (first `telecom` of system `phone` with a value).")]
    public string? Phone => source.Phone;

    [GraphQLDescription("Email address (first `telecom` of system `email` with a value).")]
    public string? Email => source.Email;
}
