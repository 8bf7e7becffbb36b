namespace Gateway.GraphQL.Language;

/// <summary>
/// Where a node or token stands in the source: byte offsets into the UTF-8 text (End exclusive),
/// and the 1-based line and column of its start. Columns count UTF-16 code units, as graphql-js does,
/// so error locations match the reference implementation for any text.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
