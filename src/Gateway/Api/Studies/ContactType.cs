using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>The type of a study contact (extension <c>eclaire-contact-type</c>, document 2.4.4).</summary>
[GraphQLDescription("Who a study contact is (extension `eclaire-contact-type`).")]
internal enum ContactType
{
    [GraphQLDescription("No type given (older records list the sponsor contact without one).")]
    Unspecified,

    [GraphQLDescription("`PUB`: the public contact, open to volunteers' questions (« contact public »).")]
    Public,

    [GraphQLDescription("`SCI`: the scientific contact of the sponsor / depositor (« déposant »); `organizationName` names the organisation.")]
    Scientific,
}
