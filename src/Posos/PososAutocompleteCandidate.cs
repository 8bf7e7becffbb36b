namespace Gateway.Posos;

/// <summary>One autocomplete candidate.</summary>
/// <param name="Id">Its code: a Posos <c>MV</c> code, a CIS, a substance or a SNOMED code, depending on the level and entity type.</param>
/// <param name="Name">Its label.</param>
/// <param name="Level">The drug concept level (<c>CLINICAL_DRUG</c>, <c>BRANDED_DRUG</c>, <c>PACKAGED_DRUG</c>, <c>INGREDIENT</c>, ...); null for non-drug entities.</param>
/// <param name="Similarity">Similarity to the query, 0 to 1, when sent.</param>
public sealed record PososAutocompleteCandidate(string Id, string Name, string? Level, double? Similarity);
