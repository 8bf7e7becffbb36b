using Gateway.Eclaire.Domain;

namespace Gateway.Eclaire;

/// <summary>A study with its group, sites and organization, fetched in one search (<c>identifier=&lt;id&gt;&amp;_include=*</c>).</summary>
/// <param name="Study">The study.</param>
/// <param name="Group">Its enrollment group, when ECLAIRE has one.</param>
/// <param name="Sites">Its investigator sites, in index order as sent.</param>
/// <param name="Organization">Its responsible organization, when included.</param>
public sealed record StudyDetails(Study Study, StudyGroup? Group, IReadOnlyList<Site> Sites, Organization? Organization);
