using Gateway.Eclaire.Domain;

namespace Gateway.Eclaire;

/// <summary>
/// The ECLAIRE API, as plain domain records. Every call is budgeted, retried on transient failures, coalesced with an
/// identical call in flight, and reports failures as <see cref="EclaireUnavailableException"/>,
/// <see cref="EclaireTimeoutException"/>, <see cref="EclaireRateLimitedException"/> or
/// <see cref="EclaireBadRequestException"/>. A 404 is never an error: a search gives an empty page, a read gives null.
/// ECLAIRE cannot fetch several resources by id in one call: the batch methods issue one read per distinct id,
/// concurrently; prefer <see cref="StudySearch.IncludeRelated"/> and <see cref="GetStudyDetailsAsync"/>, which bring
/// groups, sites and organizations along in the same call.
/// </summary>
public interface IEclaireClient
{
    /// <summary>Searches studies (<c>GET R4/ResearchStudy</c>); with <see cref="StudySearch.IncludeRelated"/> the page carries the related resources.</summary>
    Task<StudyPage> SearchStudiesAsync(StudySearch query, CancellationToken cancellationToken);

    /// <summary>Reads a study by id (<c>GET R4/ResearchStudy/{id}</c>); null when unknown.</summary>
    Task<Study?> GetStudyAsync(string id, CancellationToken cancellationToken);

    /// <summary>A study with its group, sites and organization in one call (<c>identifier={id}&amp;_include=*</c>); null when unknown.</summary>
    Task<StudyDetails?> GetStudyDetailsAsync(string id, CancellationToken cancellationToken);

    /// <summary>Reads an enrollment group (<c>GET R4/Group/{studyId}-enrollment-group</c>); null when unknown.</summary>
    Task<StudyGroup?> GetGroupAsync(string id, CancellationToken cancellationToken);

    /// <summary>Reads an investigator site (<c>GET R4/Location/{studyId}-{i}-site</c>); null when unknown.</summary>
    Task<Site?> GetSiteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Reads an organization (<c>ansm</c>, <c>ctis</c>, <c>eudract</c>); null for any other id, without a call.</summary>
    Task<Organization?> GetOrganizationAsync(string id, CancellationToken cancellationToken);

    /// <summary>Reads the global counts (<c>GET api/statistics</c>).</summary>
    Task<Statistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>Reads several studies (one read per distinct id); unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Study>> GetStudiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Reads several groups (one read per distinct id); unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StudyGroup>> GetGroupsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Reads several sites (one read per distinct id); unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Site>> GetSitesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Reads several organizations (one read per distinct known id); unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Organization>> GetOrganizationsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);
}
