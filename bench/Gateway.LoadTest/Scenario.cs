namespace Gateway.LoadTest;

/// <summary>One kind of request of the mix: its name, its share of the requests, and how to build one.</summary>
/// <param name="Name">Shown in the report.</param>
/// <param name="Weight">Relative frequency in the mix.</param>
/// <param name="Build">The GraphQL request body (JSON) for the n-th request of this scenario.</param>
internal sealed record Scenario(string Name, int Weight, Func<int, string> Build);
