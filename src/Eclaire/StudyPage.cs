using Gateway.Eclaire.Domain;

namespace Gateway.Eclaire;

/// <summary>
/// One page of a study search. With <see cref="StudySearch.IncludeRelated"/>, the Groups, Sites and Organizations of
/// the page's studies come along (deduplicated by id); link them through <see cref="Study.GroupId"/>,
/// <see cref="Study.SiteIds"/> and <see cref="Study.OrganizationId"/>.
/// </summary>
public sealed record StudyPage
{
    /// <summary>The studies, in ECLAIRE's order.</summary>
    public IReadOnlyList<Study> Studies { get; init; } = [];

    /// <summary>Exact number of matching studies (0 when ECLAIRE answered 404: no match).</summary>
    public int Total { get; init; }

    /// <summary>Offset of the first study of the page.</summary>
    public int Offset { get; init; }

    /// <summary>Page size asked for (ECLAIRE's default 20 when the search set none).</summary>
    public int PageSize { get; init; }

    /// <summary>Offset of the next page, or null on the last page or past ECLAIRE's 10,000-result window.</summary>
    public int? NextOffset { get; init; }

    /// <summary>Included enrollment groups.</summary>
    public IReadOnlyList<StudyGroup> Groups { get; init; } = [];

    /// <summary>Included investigator sites.</summary>
    public IReadOnlyList<Site> Sites { get; init; } = [];

    /// <summary>Included organizations.</summary>
    public IReadOnlyList<Organization> Organizations { get; init; } = [];
}
