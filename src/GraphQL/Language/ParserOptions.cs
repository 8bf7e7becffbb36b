namespace Gateway.GraphQL.Language;

/// <summary>
/// Limits that end parsing early with a clear syntax error, so that a hostile document costs little.
/// The defaults fit a public endpoint; graphql-js has none of them, so keep them above anything a real
/// client sends.
/// </summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Largest accepted document, in UTF-8 bytes (default 2 MiB).</summary>
    public int MaxDocumentBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Most tokens (punctuators, names, values) in one document (default 100,000).</summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and type references combined
    /// (default 256): a recursive-descent parser must not be driven into a stack overflow.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>
    /// When true, syntax errors name the kind of a value token without repeating it (<c>found String</c> rather than
    /// graphql-js's <c>found String "1961-11-23"</c>): a misplaced literal may be a patient's data. Default false.
    /// </summary>
    public bool RedactValues { get; init; }

    /// <summary>When false, nodes get no <see cref="Location"/> (a little faster for trusted SDL).</summary>
    public bool RecordLocations { get; init; } = true;
}
