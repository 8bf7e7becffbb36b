namespace Gateway.Eclaire.Domain;

/// <summary>
/// The regulation a study falls under (<c>category</c> coded in <c>eclaire-regulation-code-code-system</c>).
/// See <see cref="RegulationExtensions"/>.
/// </summary>
public enum Regulation
{
    /// <summary><c>REG536</c>: CTIS, clinical trial of a medicinal product.</summary>
    Ctis,

    /// <summary><c>JARDE</c>: research involving human persons (loi Jardé).</summary>
    Jarde,

    /// <summary><c>REG745</c>: DM, clinical investigation of a medical device.</summary>
    Dm,

    /// <summary><c>REG746</c>: DM-DIV, performance study of an in vitro diagnostic medical device.</summary>
    DmDiv,
}
