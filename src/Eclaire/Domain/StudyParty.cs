namespace Gateway.Eclaire.Domain;

/// <summary>A party associated with the study (R5 <c>associatedParty</c> extension), typically the lead sponsor.</summary>
/// <param name="Name">Name of the party, e.g. the sponsor organization.</param>
/// <param name="Role">Role code (<c>eclaire-study-party-role-code-system</c>), e.g. <c>lead-sponsor</c>.</param>
/// <param name="Classifier">Organization type code (<c>academic</c>, <c>industry</c>...), when sent.</param>
/// <param name="Reference">Reference to the party, e.g. <c>Organization/&lt;study&gt;-primary-sponsor</c> (not readable on ECLAIRE).</param>
public sealed record StudyParty(string? Name, string? Role, string? Classifier, string? Reference);
