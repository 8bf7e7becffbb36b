namespace Gateway.Eclaire.Domain;

/// <summary>One identifier of a study.</summary>
/// <param name="Value">The identifier.</param>
/// <param name="Kind">What it is (primary, NCT, ISRCTN, UTN, free...).</param>
/// <param name="System">The FHIR system, absent for the primary identifier.</param>
/// <param name="Use">The FHIR use: <c>official</c>, <c>secondary</c>, <c>temp</c>.</param>
/// <param name="AssignerId">The assigning organization's id: <c>ansm</c>, <c>ctis</c> or <c>eudract</c>.</param>
public sealed record StudyIdentifier(string Value, IdentifierKind Kind, string? System, string? Use, string? AssignerId);
