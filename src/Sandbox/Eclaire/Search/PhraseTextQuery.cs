namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>A quoted phrase: its tokens next to each other (within <see cref="Slop"/> positions).</summary>
internal sealed record PhraseTextQuery(string Text, int Slop) : TextQuery;
