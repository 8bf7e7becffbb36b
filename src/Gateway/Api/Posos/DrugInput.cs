using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>DrugInput</c>: one drug at exactly one level (a OneOf input).</summary>
[OneOf]
[GraphQLDescription("A drug to analyse (Posos `DrugInput`), at exactly one level: a clinical drug (« médicament clinique / virtuel », Posos `MV` code), a branded drug (« spécialité », CIS) or a packaged drug (« présentation », CIP13 / CIP7, or a dispensing unit, UCD13 / UCD7). `drugSuggestions` gives codes, e.g. `{ brandedDrug: { code: \"61052830\" } }` for GLUCOPHAGE 1000 mg.")]
internal sealed class DrugInput
{
    [GraphQLDescription("A clinical drug (« médicament clinique », aka virtual drug): a Posos code `MV` + digits, terminology `posos`.")]
    public CodingInput? ClinicalDrug { get; set; }

    [GraphQLDescription("A branded drug (« spécialité »): its CIS, 8 digits, terminology `cis`.")]
    public CodingInput? BrandedDrug { get; set; }

    [GraphQLDescription("A packaged drug (« présentation »): a CIP13 (13 digits, `3400...`) or CIP7; or a dispensing unit (« unité commune de dispensation »), UCD13 (`34008...`) or UCD7 with terminology `ucd7`.")]
    public CodingInput? PackagedDrug { get; set; }
}
