using System.Text.Json;

namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// The document of <c>GET /api/statistics</c>, counted over the data set as the API counts its index:
/// per regulation code, JARDE as the remainder, "to start" = status approved, "in progress" = status active.
/// </summary>
internal sealed record EclaireStatistics(
    int Total,
    int MedicalDevice,
    int InVitroDiagnostic,
    int Ctis,
    int Jarde,
    int ToStart,
    int ActiveMedicalDevice,
    int ActiveInVitroDiagnostic,
    int ActiveCtis,
    int ActiveJarde)
{
    public int Active => ActiveMedicalDevice + ActiveInVitroDiagnostic + ActiveCtis + ActiveJarde;

    public static EclaireStatistics Count(IReadOnlyList<StudyRecord> records)
    {
        int Of(Regulation regulation, bool activeOnly) =>
            records.Count(r => r.Regulation == regulation && (!activeOnly || r.Status == "active"));

        var total = records.Count;
        var device = Of(Regulation.MedicalDevice, false);
        var inVitro = Of(Regulation.InVitroDiagnostic, false);
        var ctis = Of(Regulation.Ctis, false);
        return new EclaireStatistics(
            total,
            device,
            inVitro,
            ctis,
            total - device - inVitro - ctis,
            records.Count(r => r.Status == "approved"),
            Of(Regulation.MedicalDevice, true),
            Of(Regulation.InVitroDiagnostic, true),
            Of(Regulation.Ctis, true),
            Of(Regulation.Jarde, true));
    }

    /// <summary>Writes the document with the real keys, in the real order.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("Total_etudes", Total);
        writer.WriteNumber("Investigations_cliniques_(DM)", MedicalDevice);
        writer.WriteNumber("Etudes_performance_(DMDIV)", InVitroDiagnostic);
        writer.WriteNumber("Essais_cliniques_médicament_(CTIS)", Ctis);
        writer.WriteNumber("Recherches_impliquant_personnes_humaines_(JARDE)", Jarde);
        writer.WriteNumber("Total_Etudes_à_démarrer", ToStart);
        writer.WriteNumber("Etudes_en_cours_DM", ActiveMedicalDevice);
        writer.WriteNumber("Etudes_en_cours_DMDIV", ActiveInVitroDiagnostic);
        writer.WriteNumber("Etudes_en_cours_CTIS", ActiveCtis);
        writer.WriteNumber("Etudes_en_cours_JARDE", ActiveJarde);
        writer.WriteNumber("Total_Etudes_en_cours", Active);
        writer.WriteEndObject();
    }
}
