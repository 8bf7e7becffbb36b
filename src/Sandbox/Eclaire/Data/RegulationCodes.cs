namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>The codes and labels of <see cref="Regulation"/> in the ECLAIRE code systems.</summary>
internal static class RegulationCodes
{
    public const string RegulationSystem = "https://interop.esante.gouv.fr/ig/fhir/eclaire/CodeSystem/eclaire-regulation-code-code-system";

    public static string Code(Regulation regulation) => regulation switch
    {
        Regulation.Ctis => "REG536",
        Regulation.MedicalDevice => "REG745",
        Regulation.InVitroDiagnostic => "REG746",
        _ => "JARDE",
    };

    /// <summary>The regulation a <c>category.coding.code</c> names (anything else counts as JARDE, as the statistics do).</summary>
    public static Regulation FromCode(string? code) => code switch
    {
        "REG536" => Regulation.Ctis,
        "REG745" => Regulation.MedicalDevice,
        "REG746" => Regulation.InVitroDiagnostic,
        _ => Regulation.Jarde,
    };
}
