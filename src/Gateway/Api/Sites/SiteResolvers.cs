using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Studies;

namespace Gateway.Api.Sites;

/// <summary>The fields of <c>Site</c> read from other ECLAIRE resources.</summary>
[ExtendObjectType(typeof(Site))]
internal static class SiteResolvers
{
    [GraphQLDescription("The study the site belongs to (from the loaders' cache when the site came with it). Null when ECLAIRE could not be reached (then with an error).")]
    public static Task<Study?> GetStudyAsync([Parent] Site site, IResolverContext context, DataLoaderScope loaders, CancellationToken cancellationToken) =>
        site.Source.StudyId is { } studyId
            ? StudyReader.ReadAsync(studyId, StudyReader.SelectsRelations(context), loaders, cancellationToken)
            : Task.FromResult<Study?>(null);
}
