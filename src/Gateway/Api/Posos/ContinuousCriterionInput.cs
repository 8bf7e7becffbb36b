using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>ContinuousCriterionInput</c>: one measurement of the patient, a value or a range.</summary>
[GraphQLDescription("A measurement of the patient (Posos `ContinuousCriterionInput`, « paramètre biologique »), as a value or a range: e.g. `{ type: \"CREATININE_CLEARANCE\", unit: \"mL/min\", value: 25 }`.")]
internal sealed class ContinuousCriterionInput
{
    [GraphQLDescription("What is measured (« type de paramètre biologique »): `CREATININE_CLEARANCE` (« clairance de la créatinine »), `POTASSIUM`, `HEART_RATE`, `WEIGHT`, `QTC`...")]
    public string Type { get; set; } = string.Empty;

    [GraphQLDescription("The unit (« unité »), e.g. `mL/min`, `mmol/L`, `kg`.")]
    public string? Unit { get; set; }

    [GraphQLDescription("The lower bound of a range (« borne inférieure »).")]
    public double? Min { get; set; }

    [GraphQLDescription("The upper bound of a range (« borne supérieure »); at least `min`.")]
    public double? Max { get; set; }

    [GraphQLDescription("The measured value (« valeur absolue »).")]
    public double? Value { get; set; }
}
