using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>The graphql-js expectations stored in <c>__snapshots__</c> beside these tests (see generate.js there).</summary>
internal static class LanguageSnapshots
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory(), fileName));

    private static string Directory([CallerFilePath] string sourceFile = "")
    {
        var beside = Path.Combine(Path.GetDirectoryName(sourceFile) ?? ".", "__snapshots__");
        if (System.IO.Directory.Exists(beside))
        {
            return beside;
        }

        // Source paths may be mapped (deterministic CI builds): look up from the test binaries instead.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "GraphQL.Tests", "Language", "__snapshots__");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The __snapshots__ folder of the language tests was not found.");
    }
}
