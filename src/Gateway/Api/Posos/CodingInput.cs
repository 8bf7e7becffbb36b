using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Posos;

/// <summary>Posos's <c>CodingInput</c>: a code and the terminology it belongs to.</summary>
[GraphQLDescription("A code in a terminology, as Posos takes it (`CodingInput`). The gateway checks the code's format against its terminology before calling Posos (`BAD_USER_INPUT` otherwise).")]
internal sealed class CodingInput
{
    [GraphQLDescription("The code: `MV00003202` (Posos clinical drug), `61052830` (CIS), `3400932959358` (CIP13), `77386006` (SNOMED CT)... Find codes with `drugSuggestions` and `conditionSuggestions`.")]
    public string Code { get; set; } = string.Empty;

    [GraphQLDescription("The terminology, case-insensitive. Drugs: `posos` (clinical drug, « médicament virtuel »), `cis` (« spécialité »), `cip13`, `cip7`, `ucd13`, `ucd7` (« présentation », « unité commune de dispensation »); by default the one the drug level and the code imply. Conditions: `SNOMED_CT` (the default; `snomed` and `http://snomed.info/sct` are read as it).")]
    public string? Terminology { get; set; }
}
