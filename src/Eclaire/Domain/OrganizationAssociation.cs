namespace Gateway.Eclaire.Domain;

/// <summary>One row of the association table (document 5.3): a regulation, and for DM / DM-DIV the qualification.</summary>
/// <param name="Regulation">The regulation.</param>
/// <param name="Qualification">DM / DM-DIV only: <c>Catégorie 1</c> or <c>Autre</c>; null for CTIS and JARDE.</param>
public sealed record OrganizationAssociation(Regulation Regulation, string? Qualification);
