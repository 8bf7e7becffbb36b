using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Api.Studies;

/// <summary>An edge of <see cref="StudyConnection"/>.</summary>
/// <param name="Cursor">The edge's cursor.</param>
/// <param name="Node">The study.</param>
[GraphQLDescription("A study in a page of results, with its cursor.")]
[CacheControl(InheritMaxAge = true)]
internal sealed record StudyEdge(
    [property: GraphQLDescription("The position of the study in the results, as an opaque cursor: pass it as `after` to read what follows.")]
    string Cursor,
    [property: GraphQLDescription("The study.")]
    Study Node);
