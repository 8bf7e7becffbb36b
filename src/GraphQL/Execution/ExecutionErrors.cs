using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>Builds the errors of execution: locations from syntax nodes, paths from the result tree.</summary>
internal static class ExecutionErrors
{
    public static IReadOnlyList<SourceLocation>? LocationsOf(SyntaxNode node) =>
        node.Location is { } location ? [new SourceLocation(location.Line, location.Column)] : null;

    public static IReadOnlyList<SourceLocation>? LocationsOf(IReadOnlyList<FieldNode> nodes)
    {
        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                (locations ??= new List<SourceLocation>(nodes.Count)).Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return locations;
    }
}
