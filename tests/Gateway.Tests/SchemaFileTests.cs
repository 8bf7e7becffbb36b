using Gateway.Api;
using Gateway.GraphQL.Types;
using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>
/// <c>schema/schema.graphql</c>, the published SDL, is the code's schema as <see cref="SchemaPrinter"/> prints it.
/// Regenerate it with <c>UPDATE_SCHEMA=1 dotnet test tests/Gateway.Tests --filter SchemaFileTests</c>.
/// </summary>
public sealed class SchemaFileTests
{
    public const string UpdateVariable = "UPDATE_SCHEMA";

    [Fact]
    public void The_published_sdl_is_the_printed_schema()
    {
        var printed = SchemaPrinter.Print(GatewaySchema.Build()).ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(RepositoryPaths.SchemaFile)!);
            File.WriteAllText(RepositoryPaths.SchemaFile, printed);
        }

        Assert.True(File.Exists(RepositoryPaths.SchemaFile), $"{RepositoryPaths.SchemaFile} is missing: run `{UpdateVariable}=1 dotnet test tests/Gateway.Tests --filter SchemaFileTests` to write it.");
        var published = File.ReadAllText(RepositoryPaths.SchemaFile).ReplaceLineEndings("\n");
        Assert.True(
            published == printed,
            $"schema/schema.graphql differs from the code's schema: run `{UpdateVariable}=1 dotnet test tests/Gateway.Tests --filter SchemaFileTests` and commit the file (review the diff: clients and partners read it).");
    }
}
