namespace Gateway.Eclaire.Domain;

/// <summary>
/// A study's global status: the FHIR <c>ResearchStudy.status</c> values ECLAIRE uses (seed document 2.4.2,
/// API_BEHAVIOR 8). See <see cref="StudyStatusExtensions"/> for the FHIR codes and French labels.
/// </summary>
public enum StudyStatus
{
    /// <summary><c>approved</c>: À DÉMARRER / PROROGÉE.</summary>
    Approved,

    /// <summary><c>active</c>: EN COURS.</summary>
    Active,

    /// <summary><c>completed</c>: ARCHIVÉE / TERMINÉE.</summary>
    Completed,

    /// <summary><c>temporarily-closed-to-accrual</c>: SUSPENDUE.</summary>
    TemporarilyClosedToAccrual,

    /// <summary><c>administratively-completed</c>: TERMINÉE ANTICIPÉE.</summary>
    AdministrativelyCompleted,

    /// <summary><c>withdrawn</c>: ABANDONNÉE / EXPIRÉE.</summary>
    Withdrawn,
}
