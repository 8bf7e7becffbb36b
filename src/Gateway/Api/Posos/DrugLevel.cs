namespace Gateway.Api.Posos;

/// <summary>The level a <see cref="DrugInput"/> gives a drug at (the OneOf field that is set).</summary>
internal enum DrugLevel
{
    /// <summary><c>clinicalDrug</c>: a Posos MV code.</summary>
    ClinicalDrug,

    /// <summary><c>brandedDrug</c>: a CIS.</summary>
    BrandedDrug,

    /// <summary><c>packagedDrug</c>: a CIP13, CIP7, UCD13 or UCD7.</summary>
    PackagedDrug,
}
