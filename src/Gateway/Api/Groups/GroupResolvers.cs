using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.Api.Studies;

namespace Gateway.Api.Groups;

/// <summary>The fields of <c>Group</c> read from other ECLAIRE resources.</summary>
[ExtendObjectType(typeof(Group))]
internal static class GroupResolvers
{
    [GraphQLDescription("The study the group belongs to (from the loaders' cache when the group came with it). Null when ECLAIRE could not be reached (then with an error).")]
    public static Task<Study?> GetStudyAsync([Parent] Group group, IResolverContext context, DataLoaderScope loaders, CancellationToken cancellationToken) =>
        group.Source.StudyId is { } studyId
            ? StudyReader.ReadAsync(studyId, StudyReader.SelectsRelations(context), loaders, cancellationToken)
            : Task.FromResult<Study?>(null);
}
