using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>Gender</c>: biological sex.</summary>
[GraphQLDescription("Biological sex (Posos `Gender`, « sexe biologique »). ECLAIRE's groups use `AdministrativeGender`; `Study.eligibility` compares the two.")]
internal enum Gender
{
    [GraphQLDescription("Male (« homme »).")]
    M,

    [GraphQLDescription("Female (« femme »).")]
    F,
}
