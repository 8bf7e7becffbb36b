using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>A study's recruitment status (extension <c>eclaire-recruitment-status</c>, document 2.4.2).</summary>
[GraphQLDescription("Whether a study recruits (« statut de recrutement », extension `eclaire-recruitment-status`).")]
internal enum RecruitmentStatus
{
    [GraphQLDescription("`upcoming`: RECRUTEMENT EN ATTENTE (recruitment not started yet).")]
    Upcoming,

    [GraphQLDescription("`recruiting`: RECRUTEMENT OUVERT (recruitment open).")]
    Recruiting,

    [GraphQLDescription("`completed-recruiting`: RECRUTEMENT FERMÉ (recruitment closed).")]
    CompletedRecruiting,
}
