namespace Gateway.Eclaire.Domain;

/// <summary>
/// A condition studied: either the free-text disease (<c>disease-condition-&lt;study&gt;</c>, translated into French)
/// or a MedDRA term (<c>meddra-condition-&lt;study&gt;-&lt;code&gt;</c>, system <c>https://www.meddra.org</c>).
/// </summary>
/// <param name="Id">ECLAIRE's element id.</param>
/// <param name="Text">The disease text, or the MedDRA term's display.</param>
/// <param name="MeddraCode">The MedDRA code when the condition is a MedDRA term.</param>
/// <param name="Codings">All codings of the condition.</param>
public sealed record StudyCondition(string? Id, string? Text, string? MeddraCode, IReadOnlyList<Coding> Codings);
