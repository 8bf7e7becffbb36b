using System.Diagnostics.CodeAnalysis;

namespace Gateway.Eclaire.Domain;

/// <summary>The recruitment table of the ECLAIRE document (2.4.2): codes and French labels.</summary>
public static class RecruitmentStatusExtensions
{
    /// <summary>The code in <c>eclaire-status-recruitment-code-system</c>.</summary>
    public static string ToCode(this RecruitmentStatus status) => status switch
    {
        RecruitmentStatus.Upcoming => "upcoming",
        RecruitmentStatus.Recruiting => "recruiting",
        RecruitmentStatus.CompletedRecruiting => "completed-recruiting",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown recruitment status."),
    };

    /// <summary>The ECLAIRE wording: RECRUTEMENT EN ATTENTE, RECRUTEMENT OUVERT, RECRUTEMENT FERMÉ.</summary>
    public static string ToFrenchLabel(this RecruitmentStatus status) => status switch
    {
        RecruitmentStatus.Upcoming => "RECRUTEMENT EN ATTENTE",
        RecruitmentStatus.Recruiting => "RECRUTEMENT OUVERT",
        RecruitmentStatus.CompletedRecruiting => "RECRUTEMENT FERMÉ",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown recruitment status."),
    };

    /// <summary>Reads a code of <c>eclaire-status-recruitment-code-system</c>.</summary>
    public static bool TryParseCode([NotNullWhen(true)] string? code, out RecruitmentStatus status)
    {
        RecruitmentStatus? parsed = code switch
        {
            "upcoming" => RecruitmentStatus.Upcoming,
            "recruiting" => RecruitmentStatus.Recruiting,
            "completed-recruiting" => RecruitmentStatus.CompletedRecruiting,
            _ => null,
        };
        status = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }
}
