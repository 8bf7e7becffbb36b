using Gateway.Fetching;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Groups;
using Gateway.Api.Organizations;
using Gateway.Api.Sites;

namespace Gateway.Api.Studies;

/// <summary>
/// The fields of <c>Study</c> read from related ECLAIRE resources. Each asks the request's
/// <see cref="StudyDetailsLoader"/>, which a search with <c>_include=*</c> has primed for every study it
/// listed: a page of studies with their groups, sites and organizations costs the one search. A study reached
/// another way (e.g. <c>group.study</c> without relations asked) costs one <c>identifier=&lt;id&gt;&amp;_include=*</c>
/// search, never one read per site. They are nullable so an ECLAIRE failure nulls only them, not the study.
/// </summary>
[ExtendObjectType(typeof(Study))]
internal static class StudyResolvers
{
    [GraphQLDescription("The study's enrollment group (« groupe de participants », ECLAIRE `Group` `<eclaireId>-enrollment-group`): who may take part, criteria, endpoints, planned size. Null when ECLAIRE has none, or could not be reached (then with an error).")]
    public static async Task<Group?> GetGroupAsync([Parent] Study study, DataLoaderScope loaders, CancellationToken cancellationToken)
    {
        var details = await StudyReader.RelationsAsync(study.EclaireId, loaders, cancellationToken);
        return details?.Group is { } group ? new Group(group) : null;
    }

    [GraphQLDescription("The investigator sites (« sites investigateurs », ECLAIRE `Location` `<eclaireId>-<i>-site`), in ECLAIRE's order. Null only when ECLAIRE could not be reached (then with an error).")]
    public static async Task<IReadOnlyList<Site>?> GetSitesAsync([Parent] Study study, DataLoaderScope loaders, CancellationToken cancellationToken)
    {
        var details = await StudyReader.RelationsAsync(study.EclaireId, loaders, cancellationToken);
        return details is null ? [] : [.. details.Sites.Select(s => new Site(s))];
    }

    [GraphQLDescription("The organisation responsible for the study (« organisme associé »: `ansm`, `ctis` or `eudract`, by regulation and, for DM / DM-DIV, qualification). Null when ECLAIRE sends none, or could not be reached (then with an error).")]
    public static async Task<Organization?> GetOrganizationAsync([Parent] Study study, DataLoaderScope loaders, CancellationToken cancellationToken)
    {
        var details = await StudyReader.RelationsAsync(study.EclaireId, loaders, cancellationToken);
        if (details?.Organization is { } included)
        {
            return new Organization(included);
        }

        // ECLAIRE includes the organization with its study; one named by the study but not included is read by id.
        var organization = study.Source.OrganizationId is { } id && details is not null
            ? await loaders.GetDataLoader<OrganizationLoader>().LoadAsync(id, cancellationToken)
            : null;
        return organization is null ? null : new Organization(organization);
    }
}
