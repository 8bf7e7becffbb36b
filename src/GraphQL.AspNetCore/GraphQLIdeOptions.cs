namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// The Banana Cake Pop IDE served (offline, from files embedded in this assembly) to browsers that open
/// the GraphQL endpoint's path. Bound from the configuration section <c>GraphQL:Ide</c>.
/// </summary>
public sealed class GraphQLIdeOptions
{
    /// <summary>
    /// Serves the IDE. Null (the default) means: only in the Development environment; set it to true
    /// to serve it in Production too, or false to never serve it.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The title the IDE shows (default "GraphQL Gateway").</summary>
    public string Title { get; set; } = "GraphQL Gateway";

    /// <summary>The document a new tab of the IDE opens with; null keeps the IDE's own.</summary>
    public string? Document { get; set; }

    /// <summary>Makes the IDE send the browser's cookies with its requests (default false).</summary>
    public bool IncludeCookies { get; set; }
}
