using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Groups;

/// <summary>A gender a group admits (<c>grp-gender</c>, FHIR administrative-gender).</summary>
[GraphQLDescription("A gender an enrollment group admits (« sexe », characteristic `grp-gender`, FHIR `administrative-gender`).")]
internal enum AdministrativeGender
{
    [GraphQLDescription("`male`: men (« homme »).")]
    Male,

    [GraphQLDescription("`female`: women (« femme »).")]
    Female,

    [GraphQLDescription("`other`.")]
    Other,

    [GraphQLDescription("`unknown`.")]
    Unknown,
}
