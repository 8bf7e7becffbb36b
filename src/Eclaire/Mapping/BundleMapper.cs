using Gateway.Eclaire.Domain;
using Gateway.Eclaire.Fhir;

namespace Gateway.Eclaire.Mapping;

/// <summary>Maps a searchset <see cref="Bundle"/> to a <see cref="StudyPage"/>: studies, then the included resources.</summary>
public static class BundleMapper
{
    /// <summary>Maps a page. <paramref name="offset"/> and <paramref name="pageSize"/> are the ones the search asked for.</summary>
    public static StudyPage Map(Bundle bundle, int offset, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(bundle);

        var studies = new List<Study>();
        var groups = new List<StudyGroup>();
        var sites = new List<Site>();
        var organizations = new List<Domain.Organization>();
        var seen = new HashSet<(string, string)>();

        foreach (var entry in bundle.Entry ?? [])
        {
            // ECLAIRE removes duplicate included ids itself; the set also protects against a study listed twice.
            if (entry.Resource is not { } resource || !seen.Add((resource.ResourceType, resource.Id ?? entry.FullUrl ?? string.Empty)))
            {
                continue;
            }

            switch (resource)
            {
                case ResearchStudy study when StudyMapper.Map(study) is { Id.Length: > 0 } mapped:
                    studies.Add(mapped);
                    break;
                case Group group when !string.IsNullOrEmpty(group.Id):
                    groups.Add(GroupMapper.Map(group));
                    break;
                case Location location when !string.IsNullOrEmpty(location.Id):
                    sites.Add(SiteMapper.Map(location));
                    break;
                case Fhir.Organization organization when !string.IsNullOrEmpty(organization.Id):
                    organizations.Add(OrganizationMapper.Map(organization));
                    break;
            }
        }

        var total = Math.Max(bundle.Total ?? studies.Count, 0);
        var next = offset + pageSize;
        return new StudyPage
        {
            Studies = studies,
            Total = total,
            Offset = offset,
            PageSize = pageSize,
            NextOffset = next < total && next < StudySearch.MaxResultWindow ? next : null,
            Groups = groups,
            Sites = sites,
            Organizations = organizations,
        };
    }

    /// <summary>The page ECLAIRE's 404 means: no match.</summary>
    public static StudyPage Empty(int offset, int pageSize) => new() { Offset = offset, PageSize = pageSize };
}
