namespace Gateway.Eclaire.Domain;

/// <summary>What a study identifier is, told by its <c>system</c> (document 2.4.5).</summary>
public enum IdentifierKind
{
    /// <summary>The primary, official number (no system; EU CT number or RIPH/ID-RCB number), assigned by ansm, ctis or eudract.</summary>
    Primary,

    /// <summary>NCT number, system <c>https://clinicaltrials.gov</c>.</summary>
    Nct,

    /// <summary>ISRCTN number, system <c>https://www.isrctn.com</c>.</summary>
    Isrctn,

    /// <summary>UTN (WHO ICTRP) number, system <c>https://www.who.int/tools/clinical-trials-registry-platform</c>.</summary>
    Utn,

    /// <summary>Free number given by the sponsor, system <c>https://my-identifier.fr</c> (use <c>temp</c>).</summary>
    Free,

    /// <summary>Any other system.</summary>
    Other,
}
