using System.Diagnostics.CodeAnalysis;

namespace Gateway.Eclaire.Domain;

/// <summary>The status table of the ECLAIRE document (2.4.2): FHIR codes, French labels, and ECLAIRE source states.</summary>
public static class StudyStatusExtensions
{
    /// <summary>The FHIR code ECLAIRE emits and accepts in the <c>status</c> search parameter.</summary>
    public static string ToFhirCode(this StudyStatus status) => status switch
    {
        StudyStatus.Approved => "approved",
        StudyStatus.Active => "active",
        StudyStatus.Completed => "completed",
        StudyStatus.TemporarilyClosedToAccrual => "temporarily-closed-to-accrual",
        StudyStatus.AdministrativelyCompleted => "administratively-completed",
        StudyStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown study status."),
    };

    /// <summary>The "Statut Eclaire" column of the document's table, e.g. <c>À DÉMARRER / PROROGÉE</c> for approved.</summary>
    public static string ToFrenchLabel(this StudyStatus status) => status switch
    {
        StudyStatus.Approved => "À DÉMARRER / PROROGÉE",
        StudyStatus.Active => "EN COURS",
        StudyStatus.Completed => "ARCHIVÉE / TERMINÉE",
        StudyStatus.TemporarilyClosedToAccrual => "SUSPENDUE",
        StudyStatus.AdministrativelyCompleted => "TERMINÉE ANTICIPÉE",
        StudyStatus.Withdrawn => "ABANDONNÉE / EXPIRÉE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown study status."),
    };

    /// <summary>Reads a FHIR status code (exact, lower case, as ECLAIRE emits it).</summary>
    public static bool TryParseFhirCode([NotNullWhen(true)] string? code, out StudyStatus status)
    {
        StudyStatus? parsed = code switch
        {
            "approved" => StudyStatus.Approved,
            "active" => StudyStatus.Active,
            "completed" => StudyStatus.Completed,
            "temporarily-closed-to-accrual" => StudyStatus.TemporarilyClosedToAccrual,
            "administratively-completed" => StudyStatus.AdministrativelyCompleted,
            "withdrawn" => StudyStatus.Withdrawn,
            _ => null,
        };
        status = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    /// <summary>
    /// Maps an ECLAIRE source state (<c>etat</c> of the raw record, e.g. <c>A_DEMARRER</c>) to its FHIR status, as the
    /// API does: A_DEMARRER, PROROGEE → approved; EN_COURS → active; ARCHIVEE, TERMINEE → completed; SUSPENDUE →
    /// temporarily-closed-to-accrual; TERMINEE_ANTICIPEE → administratively-completed; ABANDONNEE, EXPIREE → withdrawn.
    /// </summary>
    public static StudyStatus? FromEclaireState(string? state) => state switch
    {
        "A_DEMARRER" or "PROROGEE" => StudyStatus.Approved,
        "EN_COURS" => StudyStatus.Active,
        "ARCHIVEE" or "TERMINEE" => StudyStatus.Completed,
        "SUSPENDUE" => StudyStatus.TemporarilyClosedToAccrual,
        "TERMINEE_ANTICIPEE" => StudyStatus.AdministrativelyCompleted,
        "ABANDONNEE" or "EXPIREE" => StudyStatus.Withdrawn,
        _ => null,
    };
}
