using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Tests.Types;

/// <summary>
/// The files of <c>Types/__snapshots__</c>: SDL documents and what graphql-js 16.15.0 prints for them
/// (<c>name.graphql</c> and <c>name.expected.graphql</c>, generated once with node). Read from the build
/// output when the project copies them there, else from the source tree next to this file.
/// </summary>
internal static class Snapshots
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory(), fileName));

    private static string Directory([CallerFilePath] string sourceFile = "")
    {
        var output = Path.Combine(AppContext.BaseDirectory, "Types", "__snapshots__");
        return System.IO.Directory.Exists(output) ? output : Path.Combine(Path.GetDirectoryName(sourceFile)!, "__snapshots__");
    }
}
