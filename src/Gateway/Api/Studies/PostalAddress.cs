using Gateway.GraphQL.Types.CodeFirst;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Studies;

/// <summary>A contact's postal address (extension <c>eclaire-contact-address</c>).</summary>
/// <param name="Lines">Street lines.</param>
/// <param name="City">City.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">Country.</param>
[GraphQLDescription("A postal address as ECLAIRE sends it (extension `eclaire-contact-address`).")]
[CacheControl(InheritMaxAge = true)]
internal sealed record PostalAddress(
    [property: GraphQLDescription("The street lines.")]
    IReadOnlyList<string> Lines,
    [property: GraphQLDescription("The city. ECLAIRE has sent the country here (and the city in `country`) for some study contacts: shown as sent.")]
    string? City,
    [property: GraphQLDescription("The postal code.")]
    string? PostalCode,
    [property: GraphQLDescription("The country, as sent.")]
    string? Country)
{
    /// <summary>The GraphQL view of a domain address.</summary>
    public static PostalAddress From(Domain.PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new PostalAddress(address.Lines, address.City, address.PostalCode, address.Country);
    }
}
