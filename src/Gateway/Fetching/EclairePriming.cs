using Gateway.Eclaire;
using Gateway.Eclaire.Mapping;
using Gateway.GraphQL.DataLoader;
using Domain = Gateway.Eclaire.Domain;

namespace Gateway.Fetching;

/// <summary>
/// Puts what one ECLAIRE answer brought into the request's DataLoaders, so that the fields resolved next read it
/// from the per-request cache instead of calling ECLAIRE: the studies of a search page, and with
/// <c>_include=*</c> each study's group, sites and organization (absent ones primed as null: ECLAIRE includes every
/// related resource it has, so a missing one does not exist and must not be read again by id).
/// </summary>
internal static class EclairePriming
{
    /// <summary>Primes the studies of a page, and their relations when the search included them.</summary>
    public static void Prime(DataLoaderScope loaders, StudyPage page, bool relationsIncluded)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        ArgumentNullException.ThrowIfNull(page);
        var studies = loaders.GetDataLoader<StudyLoader>();
        foreach (var study in page.Studies)
        {
            studies.Set(study.Id, study);
        }

        if (!relationsIncluded)
        {
            return;
        }

        var groups = new Dictionary<string, Domain.StudyGroup>(StringComparer.Ordinal);
        foreach (var group in page.Groups)
        {
            groups.TryAdd(group.Id, group);
        }

        var organizations = new Dictionary<string, Domain.Organization>(StringComparer.Ordinal);
        foreach (var organization in page.Organizations)
        {
            organizations.TryAdd(organization.Id, organization);
        }

        var sitesByStudy = page.Sites.Where(s => s.StudyId is not null).ToLookup(s => s.StudyId!, StringComparer.Ordinal);
        var sitesById = new Dictionary<string, Domain.Site>(StringComparer.Ordinal);
        foreach (var site in page.Sites)
        {
            sitesById.TryAdd(site.Id, site);
        }

        foreach (var study in page.Studies)
        {
            var group = study.GroupId is { } groupId ? groups.GetValueOrDefault(groupId) : null;
            group ??= groups.GetValueOrDefault(StudyMapper.GroupIdOf(study.Id));
            var organization = study.OrganizationId is { } organizationId ? organizations.GetValueOrDefault(organizationId) : null;
            Prime(loaders, new StudyDetails(study, group, SitesOf(study, sitesByStudy, sitesById), organization));
        }
    }

    /// <summary>Primes a study and its relations (from a details search, or built from a page).</summary>
    public static void Prime(DataLoaderScope loaders, StudyDetails details)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        ArgumentNullException.ThrowIfNull(details);
        var study = details.Study;
        loaders.GetDataLoader<StudyDetailsLoader>().Set(study.Id, details);
        loaders.GetDataLoader<StudyLoader>().Set(study.Id, study);

        var groups = loaders.GetDataLoader<GroupLoader>();
        if (details.Group is { } group)
        {
            groups.Set(group.Id, group);
        }

        if (study.GroupId is { } groupId && details.Group?.Id != groupId)
        {
            groups.Set(groupId, null);
        }

        var sites = loaders.GetDataLoader<SiteLoader>();
        foreach (var site in details.Sites)
        {
            sites.Set(site.Id, site);
        }

        foreach (var siteId in study.SiteIds)
        {
            sites.Set(siteId, null);
        }

        if (details.Organization is { } organization)
        {
            loaders.GetDataLoader<OrganizationLoader>().Set(organization.Id, organization);
        }
    }

    // The sites of one study, in the page's order: those its id names, and those it references.
    private static List<Domain.Site> SitesOf(Domain.Study study, ILookup<string, Domain.Site> sitesByStudy, Dictionary<string, Domain.Site> sitesById)
    {
        var result = new List<Domain.Site>(study.SiteIds.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in sitesByStudy[study.Id])
        {
            if (seen.Add(site.Id))
            {
                result.Add(site);
            }
        }

        foreach (var siteId in study.SiteIds)
        {
            if (sitesById.TryGetValue(siteId, out var site) && seen.Add(site.Id))
            {
                result.Add(site);
            }
        }

        return result;
    }
}
