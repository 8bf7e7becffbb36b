using System.Text.RegularExpressions;
using Gateway.Tests.Support;

namespace Gateway.Tests;

/// <summary>The example queries of the README's gateway section run as written, without errors, each in one or two ECLAIRE calls.</summary>
public sealed partial class ReadmeExampleTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_readme_examples_run_without_errors()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("<!-- BEGIN gateway schema", StringComparison.Ordinal)..readme.IndexOf("<!-- END gateway schema", StringComparison.Ordinal)];
        var examples = GraphQLBlock().Matches(section).Select(m => m.Groups["query"].Value).ToList();
        Assert.Equal(3, examples.Count);

        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["text"] = "patients",
            ["after"] = null,
            ["id"] = "2023-A01356-18",
            ["since"] = "2026-01-01",
        };
        foreach (var example in examples)
        {
            var (response, upstream) = await gateway.QueryCountingAsync(example, variables.Where(v => example.Contains("$" + v.Key, StringComparison.Ordinal)).ToDictionary());

            response.AssertNoErrors();
            Assert.InRange(upstream.Total, 1, 2);
        }
    }

    [GeneratedRegex(@"```graphql\n(?<query>.*?)```", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GraphQLBlock();
}
