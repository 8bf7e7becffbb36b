namespace Gateway.Posos;

/// <summary>The Posos autocomplete's answer.</summary>
/// <param name="Query">The query as Posos read it.</param>
/// <param name="EntityType">The entity type searched, as Posos names it (e.g. <c>DRUG</c>).</param>
/// <param name="Candidates">The candidates, best first as Posos ranks them.</param>
public sealed record PososAutocompleteResult(string Query, string EntityType, IReadOnlyList<PososAutocompleteCandidate> Candidates);
