using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>One candidate of Posos's autocomplete.</summary>
/// <param name="Code">Posos's id of the candidate.</param>
/// <param name="Label">Its name.</param>
/// <param name="Level">Posos's drug concept level, for drugs.</param>
/// <param name="Terminology">The terminology of <paramref name="Code"/>, when the level tells it.</param>
/// <param name="Similarity">Posos's similarity score.</param>
[GraphQLDescription("A candidate of Posos's autocomplete (« autocomplétion »): a drug or a condition whose name matches the search, with the code to pass to `contraindications`, `interactions` or `Study.eligibility`.")]
internal sealed record Suggestion(
    [property: GraphQLDescription("The code: for a drug, give it at its level in a `DrugInput` (`CLINICAL_DRUG`: `{ clinicalDrug: { code } }`, `BRANDED_DRUG`: `{ brandedDrug: { code } }`); for a condition, in a `ConditionInput` (`{ coding: { code } }`).")]
    string Code,
    [property: GraphQLDescription("The name, e.g. `GLUCOPHAGE 1000 mg, comprimé pelliculé sécable`, `Grossesse`.")]
    string Label,
    [property: GraphQLDescription("Drugs only: the drug concept level as Posos sends it, `CLINICAL_DRUG`, `BRANDED_DRUG`, `PACKAGED_DRUG` or `INGREDIENT` (an ingredient goes in `patient.concurrentTreatments.ingredients`). Null for conditions.")]
    string? Level,
    [property: GraphQLDescription("The terminology of `code` when the level tells it: `posos`, `cis`, `cip13`, or `SNOMED_CT` for conditions.")]
    string? Terminology,
    [property: GraphQLDescription("How close the name is to the search, 0 to 1, as Posos scores it.")]
    double? Similarity);
