using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>ConditionInput</c>: one condition of the patient, as a SNOMED CT coding.</summary>
[GraphQLDescription("A condition of the patient (Posos `ConditionInput`, « pathologie ou condition »): a disease, a terrain such as pregnancy (`77386006`) or immunodeficiency, a symptom. Written as in Posos's documented example, `{ coding: { code: \"77386006\" } }`, not as a flat `{ code, terminology }`. `conditionSuggestions` gives codes.")]
internal sealed class ConditionInput
{
    [GraphQLDescription("The SNOMED CT concept: `code` a concept id (6 to 18 digits with a valid check digit), `terminology` `SNOMED_CT` (the default).")]
    public CodingInput Coding { get; set; } = new();
}
