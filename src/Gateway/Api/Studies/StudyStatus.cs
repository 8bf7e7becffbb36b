using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>A study's global status (FHIR <c>ResearchStudy.status</c>), mapped as the ECLAIRE document's table (2.4.2).</summary>
[GraphQLDescription("The global status of a study (FHIR `ResearchStudy.status`; « statut global »), with ECLAIRE's French wording.")]
internal enum StudyStatus
{
    [GraphQLDescription("`approved`: À DÉMARRER / PROROGÉE (to start / extended).")]
    Approved,

    [GraphQLDescription("`active`: EN COURS (in progress).")]
    Active,

    [GraphQLDescription("`completed`: ARCHIVÉE / TERMINÉE (archived / completed).")]
    Completed,

    [GraphQLDescription("`temporarily-closed-to-accrual`: SUSPENDUE (suspended).")]
    TemporarilyClosedToAccrual,

    [GraphQLDescription("`administratively-completed`: TERMINÉE ANTICIPÉE (ended early).")]
    AdministrativelyCompleted,

    [GraphQLDescription("`withdrawn`: ABANDONNÉE / EXPIRÉE (abandoned / expired).")]
    Withdrawn,
}
