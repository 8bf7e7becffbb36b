using System.Text.Json;
using System.Text.RegularExpressions;
using Gateway.Tests.Posos.Support;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>The example queries of the README's Posos section run as written, with the variables it gives, without errors.</summary>
public sealed partial class ReadmeExampleTests(PososFixture posos) : IClassFixture<PososFixture>
{
    [Fact]
    public async Task The_readme_examples_run_without_errors()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = readme.IndexOf("<!-- BEGIN gateway schema (Posos)", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("<!-- END gateway schema (Posos)", start, StringComparison.Ordinal)];
        var examples = Example().Matches(section).ToList();
        Assert.Equal(3, examples.Count);

        foreach (var example in examples)
        {
            var query = example.Groups["query"].Value;
            var variables = example.Groups["variables"].Success
                ? JsonDocument.Parse(example.Groups["variables"].Value).RootElement.Clone()
                : JsonDocument.Parse("""{"text": "grossesse"}""").RootElement.Clone();
            await posos.ResetAsync();

            var response = await posos.QueryAsync(query, variables);

            response.AssertNoErrors();
            Assert.InRange(await posos.EclaireRequestsAsync(), 0, 1);
        }

        var documented = await posos.QueryAsync(examples[0].Groups["query"].Value, JsonDocument.Parse(examples[0].Groups["variables"].Value).RootElement);
        Assert.Equal("Grossesse", documented.Data.GetProperty("contraindications")[0].GetProperty("designation").GetString());
    }

    // A graphql block, and the variables written after it (`with `{...}``) when there are.
    [GeneratedRegex(@"```graphql\n(?<query>.*?)```\s*(?:with `(?<variables>\{.*?\})`)?", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Example();
}
