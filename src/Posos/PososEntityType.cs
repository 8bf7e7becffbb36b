namespace Gateway.Posos;

/// <summary>What the Posos autocomplete searches (its <c>entity_type</c> parameter).</summary>
public enum PososEntityType
{
    /// <summary><c>DRUG</c>: drugs at every level (clinical, branded, packaged, ingredient). Use it for <c>DrugInput</c>.</summary>
    Drug,

    /// <summary><c>ADVERSE_EFFECT</c>.</summary>
    AdverseEffect,

    /// <summary><c>BRANDED_DRUG</c>: specialties (CIS).</summary>
    BrandedDrug,

    /// <summary><c>CLINICAL_DRUG</c>: clinical (virtual) drugs, Posos <c>MV</c> codes.</summary>
    ClinicalDrug,

    /// <summary><c>CLINICAL_INDICATION</c>.</summary>
    ClinicalIndication,

    /// <summary><c>CONTRAINDICATION_TERRAIN</c>: patient conditions (SNOMED). Use it for <c>ConditionInput</c>.</summary>
    ContraindicationTerrain,

    /// <summary><c>INGREDIENT</c>: substances.</summary>
    Ingredient,

    /// <summary><c>SPECIALTY</c>.</summary>
    Specialty,
}
