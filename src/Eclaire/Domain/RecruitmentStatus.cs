namespace Gateway.Eclaire.Domain;

/// <summary>
/// Recruitment status from the <c>eclaire-recruitment-status</c> extension (code system
/// <c>eclaire-status-recruitment-code-system</c> 0.3.1). See <see cref="RecruitmentStatusExtensions"/>.
/// </summary>
public enum RecruitmentStatus
{
    /// <summary><c>upcoming</c>: RECRUTEMENT EN ATTENTE.</summary>
    Upcoming,

    /// <summary><c>recruiting</c>: RECRUTEMENT OUVERT.</summary>
    Recruiting,

    /// <summary><c>completed-recruiting</c>: RECRUTEMENT FERMÉ.</summary>
    CompletedRecruiting,
}
