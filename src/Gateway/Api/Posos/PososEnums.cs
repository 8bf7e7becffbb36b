using System.Collections.Frozen;

namespace Gateway.Api.Posos;

/// <summary>
/// Posos's enum values, both ways: what the gateway sends (Posos's names) and what it reads back. Reading also takes the
/// French labels Posos's documentation shows (its example answers <c>"Contre-indication Absolue"</c> for <c>type</c>, its
/// AlertType table spells « Contra-indication absolue »); anything else is unknown (null).
/// </summary>
internal static class PososEnums
{
    private static readonly FrozenDictionary<string, AlertType> AlertTypes = new Dictionary<string, AlertType>(StringComparer.OrdinalIgnoreCase)
    {
        ["ABSOLUTE_CONTRAINDICATION"] = AlertType.AbsoluteContraindication,
        ["Contre-indication absolue"] = AlertType.AbsoluteContraindication,
        ["Contra-indication absolue"] = AlertType.AbsoluteContraindication,
        ["RELATIVE_CONTRAINDICATION"] = AlertType.RelativeContraindication,
        ["Contre-indication relative"] = AlertType.RelativeContraindication,
        ["Contra-indication relative"] = AlertType.RelativeContraindication,
        ["PRECAUTION"] = AlertType.Precaution,
        ["Précaution d'emploi"] = AlertType.Precaution,
        ["Précaution d’emploi"] = AlertType.Precaution,
        ["WARNING"] = AlertType.Warning,
        ["Mise en garde"] = AlertType.Warning,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, InteractionType> InteractionTypes = new Dictionary<string, InteractionType>(StringComparer.OrdinalIgnoreCase)
    {
        ["CONTRAINDICATION"] = InteractionType.Contraindication,
        ["Contre-indication"] = InteractionType.Contraindication,
        ["NOT_RECOMMENDED"] = InteractionType.NotRecommended,
        ["Association déconseillée"] = InteractionType.NotRecommended,
        ["PRECAUTION"] = InteractionType.Precaution,
        ["Précaution d'emploi"] = InteractionType.Precaution,
        ["Précaution d’emploi"] = InteractionType.Precaution,
        ["TO_TAKE_INTO_ACCOUNT"] = InteractionType.ToTakeIntoAccount,
        ["A prendre en compte"] = InteractionType.ToTakeIntoAccount,
        ["À prendre en compte"] = InteractionType.ToTakeIntoAccount,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Gender> Genders = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase)
    {
        ["M"] = Gender.M,
        ["Homme"] = Gender.M,
        ["F"] = Gender.F,
        ["Femme"] = Gender.F,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, AgeGroup> AgeGroups = new Dictionary<string, AgeGroup>(StringComparer.OrdinalIgnoreCase)
    {
        ["PREMATURE"] = AgeGroup.Premature,
        ["Prématuré"] = AgeGroup.Premature,
        ["NEWBORN"] = AgeGroup.Newborn,
        ["Nouveau-né"] = AgeGroup.Newborn,
        ["INFANT"] = AgeGroup.Infant,
        ["Nourrisson"] = AgeGroup.Infant,
        ["CHILD"] = AgeGroup.Child,
        ["Enfant"] = AgeGroup.Child,
        ["ADOLESCENT"] = AgeGroup.Adolescent,
        ["ADULT"] = AgeGroup.Adult,
        ["Adulte"] = AgeGroup.Adult,
        ["SENIOR"] = AgeGroup.Senior,
        ["Sénior"] = AgeGroup.Senior,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The alert type Posos sent (its name or French label), or null when unknown.</summary>
    public static AlertType? ParseAlertType(string value) => AlertTypes.TryGetValue(value.Trim(), out var known) ? known : null;

    /// <summary>The interaction level Posos sent (its name or French label), or null when unknown.</summary>
    public static InteractionType? ParseInteractionType(string value) => InteractionTypes.TryGetValue(value.Trim(), out var known) ? known : null;

    /// <summary>The gender Posos sent (<c>M</c>/<c>F</c>, <c>Homme</c>/<c>Femme</c>), or null when unknown.</summary>
    public static Gender? ParseGender(string value) => Genders.TryGetValue(value.Trim(), out var known) ? known : null;

    /// <summary>The age group Posos sent (its name or French label), or null when unknown.</summary>
    public static AgeGroup? ParseAgeGroup(string value) => AgeGroups.TryGetValue(value.Trim(), out var known) ? known : null;

    /// <summary>Posos's name of the value.</summary>
    public static string ToPosos(AlertType type) => type switch
    {
        AlertType.AbsoluteContraindication => "ABSOLUTE_CONTRAINDICATION",
        AlertType.RelativeContraindication => "RELATIVE_CONTRAINDICATION",
        AlertType.Precaution => "PRECAUTION",
        AlertType.Warning => "WARNING",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown alert type."),
    };

    /// <summary>Posos's name of the value.</summary>
    public static string ToPosos(InteractionType type) => type switch
    {
        InteractionType.Contraindication => "CONTRAINDICATION",
        InteractionType.NotRecommended => "NOT_RECOMMENDED",
        InteractionType.Precaution => "PRECAUTION",
        InteractionType.ToTakeIntoAccount => "TO_TAKE_INTO_ACCOUNT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown interaction type."),
    };

    /// <summary>Posos's name of the value.</summary>
    public static string ToPosos(Gender gender) => gender switch
    {
        Gender.M => "M",
        Gender.F => "F",
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, "Unknown gender."),
    };

    /// <summary>Posos's name of the value.</summary>
    public static string ToPosos(AgeGroup group) => group switch
    {
        AgeGroup.Premature => "PREMATURE",
        AgeGroup.Newborn => "NEWBORN",
        AgeGroup.Infant => "INFANT",
        AgeGroup.Child => "CHILD",
        AgeGroup.Adolescent => "ADOLESCENT",
        AgeGroup.Adult => "ADULT",
        AgeGroup.Senior => "SENIOR",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown age group."),
    };
}
