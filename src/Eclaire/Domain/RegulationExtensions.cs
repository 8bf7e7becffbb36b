using System.Diagnostics.CodeAnalysis;

namespace Gateway.Eclaire.Domain;

/// <summary>The regulation table of the ECLAIRE document (2.4.1): codes and labels.</summary>
public static class RegulationExtensions
{
    /// <summary>The code: <c>REG536</c>, <c>JARDE</c>, <c>REG745</c>, <c>REG746</c>.</summary>
    public static string ToCode(this Regulation regulation) => regulation switch
    {
        Regulation.Ctis => "REG536",
        Regulation.Jarde => "JARDE",
        Regulation.Dm => "REG745",
        Regulation.DmDiv => "REG746",
        _ => throw new ArgumentOutOfRangeException(nameof(regulation), regulation, "Unknown regulation."),
    };

    /// <summary>Short label: <c>CTIS</c>, <c>JARDE</c>, <c>DM</c>, <c>DM-DIV</c>.</summary>
    public static string ToLabel(this Regulation regulation) => regulation switch
    {
        Regulation.Ctis => "CTIS",
        Regulation.Jarde => "JARDE",
        Regulation.Dm => "DM",
        Regulation.DmDiv => "DM-DIV",
        _ => throw new ArgumentOutOfRangeException(nameof(regulation), regulation, "Unknown regulation."),
    };

    /// <summary>The document's "Type d'étude", e.g. <c>Étude de type DM (Dispositif Médical)</c>.</summary>
    public static string ToFrenchDescription(this Regulation regulation) => regulation switch
    {
        Regulation.Ctis => "Étude de type CTIS (Essai Clinique Médicament)",
        Regulation.Jarde => "Étude de type JARDE (Recherche Impliquant la Personne Humaine)",
        Regulation.Dm => "Étude de type DM (Dispositif Médical)",
        Regulation.DmDiv => "Étude de type DM-DIV (Diagnostic In Vitro)",
        _ => throw new ArgumentOutOfRangeException(nameof(regulation), regulation, "Unknown regulation."),
    };

    /// <summary>Reads a regulation code (exact, as ECLAIRE emits it).</summary>
    public static bool TryParseCode([NotNullWhen(true)] string? code, out Regulation regulation)
    {
        Regulation? parsed = code switch
        {
            "REG536" => Regulation.Ctis,
            "JARDE" => Regulation.Jarde,
            "REG745" => Regulation.Dm,
            "REG746" => Regulation.DmDiv,
            _ => null,
        };
        regulation = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }
}
