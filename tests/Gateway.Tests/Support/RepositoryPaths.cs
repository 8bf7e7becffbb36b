using System.Runtime.CompilerServices;

namespace Gateway.Tests.Support;

/// <summary>Where the test project's sources and the repository's files are (from the compiler's path of this file).</summary>
public static class RepositoryPaths
{
    /// <summary>tests/Gateway.Tests.</summary>
    public static string TestProject { get; } = Path.GetDirectoryName(Path.GetDirectoryName(ThisFile())!)!;

    /// <summary>The repository's root.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestProject, "..", ".."));

    /// <summary>schema/schema.graphql.</summary>
    public static string SchemaFile { get; } = Path.Combine(Root, "schema", "schema.graphql");

    /// <summary>tests/Gateway.Tests/__snapshots__.</summary>
    public static string Snapshots { get; } = Path.Combine(TestProject, "__snapshots__");

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
