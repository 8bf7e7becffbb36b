namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>The browser test runs alone, after the parallel tests, so Chromium has the machine's cores to itself.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
