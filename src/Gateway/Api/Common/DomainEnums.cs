using Gateway.Api.Groups;
using Gateway.Api.Studies;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Api.Common;

/// <summary>The schema's enums from the ECLAIRE client's (member by member, never by number), and back for searches.</summary>
internal static class DomainEnums
{
    public static StudyStatus ToSchema(this Domain.StudyStatus status) => status switch
    {
        Domain.StudyStatus.Approved => StudyStatus.Approved,
        Domain.StudyStatus.Active => StudyStatus.Active,
        Domain.StudyStatus.Completed => StudyStatus.Completed,
        Domain.StudyStatus.TemporarilyClosedToAccrual => StudyStatus.TemporarilyClosedToAccrual,
        Domain.StudyStatus.AdministrativelyCompleted => StudyStatus.AdministrativelyCompleted,
        Domain.StudyStatus.Withdrawn => StudyStatus.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown study status."),
    };

    public static Domain.StudyStatus ToDomain(this StudyStatus status) => status switch
    {
        StudyStatus.Approved => Domain.StudyStatus.Approved,
        StudyStatus.Active => Domain.StudyStatus.Active,
        StudyStatus.Completed => Domain.StudyStatus.Completed,
        StudyStatus.TemporarilyClosedToAccrual => Domain.StudyStatus.TemporarilyClosedToAccrual,
        StudyStatus.AdministrativelyCompleted => Domain.StudyStatus.AdministrativelyCompleted,
        StudyStatus.Withdrawn => Domain.StudyStatus.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown study status."),
    };

    public static RecruitmentStatus ToSchema(this Domain.RecruitmentStatus status) => status switch
    {
        Domain.RecruitmentStatus.Upcoming => RecruitmentStatus.Upcoming,
        Domain.RecruitmentStatus.Recruiting => RecruitmentStatus.Recruiting,
        Domain.RecruitmentStatus.CompletedRecruiting => RecruitmentStatus.CompletedRecruiting,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown recruitment status."),
    };

    public static Regulation ToSchema(this Domain.Regulation regulation) => regulation switch
    {
        Domain.Regulation.Ctis => Regulation.Ctis,
        Domain.Regulation.Jarde => Regulation.Jarde,
        Domain.Regulation.Dm => Regulation.Dm,
        Domain.Regulation.DmDiv => Regulation.DmDiv,
        _ => throw new ArgumentOutOfRangeException(nameof(regulation), regulation, "Unknown regulation."),
    };

    public static ContactType ToSchema(this Domain.ContactType type) => type switch
    {
        Domain.ContactType.Unspecified => ContactType.Unspecified,
        Domain.ContactType.Public => ContactType.Public,
        Domain.ContactType.Scientific => ContactType.Scientific,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown contact type."),
    };

    public static IdentifierKind ToSchema(this Domain.IdentifierKind kind) => kind switch
    {
        Domain.IdentifierKind.Primary => IdentifierKind.Primary,
        Domain.IdentifierKind.Nct => IdentifierKind.Nct,
        Domain.IdentifierKind.Isrctn => IdentifierKind.Isrctn,
        Domain.IdentifierKind.Utn => IdentifierKind.Utn,
        Domain.IdentifierKind.Free => IdentifierKind.Free,
        Domain.IdentifierKind.Other => IdentifierKind.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown identifier kind."),
    };

    public static AdministrativeGender ToSchema(this Domain.Gender gender) => gender switch
    {
        Domain.Gender.Male => AdministrativeGender.Male,
        Domain.Gender.Female => AdministrativeGender.Female,
        Domain.Gender.Other => AdministrativeGender.Other,
        Domain.Gender.Unknown => AdministrativeGender.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, "Unknown gender."),
    };
}
