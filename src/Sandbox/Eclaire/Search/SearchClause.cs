namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>One clause of the OpenSearch query the API builds from a search parameter (evaluated when the search runs).</summary>
internal sealed record SearchClause(string Description, Func<DocSet> Evaluate);
