using System.Globalization;

namespace Gateway.Posos;

/// <summary>The relative URLs of Posos's routes, and the wire names of the autocomplete's entity types.</summary>
internal static class PososRoutes
{
    /// <summary>Most candidates asked of the autocomplete.</summary>
    public const int MaxCandidates = 100;

    public static Uri GraphQL(PososOptions options) => new(options.GraphQLPath.TrimStart('/'), UriKind.Relative);

    /// <summary>E.g. <c>autocomplete-api/autocomplete?query=doli&amp;entity_type=DRUG&amp;k=10</c>.</summary>
    public static Uri Autocomplete(PososOptions options, string query, PososEntityType entityType, int k) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{options.AutocompletePath.TrimStart('/')}?query={Uri.EscapeDataString(query)}&entity_type={EntityType(entityType)}&k={k}"),
            UriKind.Relative);

    public static string EntityType(PososEntityType entityType) => entityType switch
    {
        PososEntityType.Drug => "DRUG",
        PososEntityType.AdverseEffect => "ADVERSE_EFFECT",
        PososEntityType.BrandedDrug => "BRANDED_DRUG",
        PososEntityType.ClinicalDrug => "CLINICAL_DRUG",
        PososEntityType.ClinicalIndication => "CLINICAL_INDICATION",
        PososEntityType.ContraindicationTerrain => "CONTRAINDICATION_TERRAIN",
        PososEntityType.Ingredient => "INGREDIENT",
        PososEntityType.Specialty => "SPECIALTY",
        _ => throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Unknown entity type."),
    };
}
