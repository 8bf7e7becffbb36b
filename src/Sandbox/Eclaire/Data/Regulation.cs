namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>The regulation of a study (the <c>reglementation_code</c> of the source record).</summary>
internal enum Regulation
{
    /// <summary>JARDE: research involving human persons (and studies with no known regulation code).</summary>
    Jarde,

    /// <summary>REG536: drug clinical trial registered in CTIS.</summary>
    Ctis,

    /// <summary>REG745: medical-device clinical investigation (DM).</summary>
    MedicalDevice,

    /// <summary>REG746: in vitro diagnostic performance study (DM-DIV).</summary>
    InVitroDiagnostic,
}
