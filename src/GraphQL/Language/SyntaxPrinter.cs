namespace Gateway.GraphQL.Language;

/// <summary>
/// Prints syntax nodes as GraphQL text, character for character as graphql-js 16's <c>print</c> does: two-space
/// indentation of blocks, field arguments wrapped one per line past 80 characters, strings escaped as
/// <see cref="StringValues.Print"/> and block strings laid out as <see cref="BlockStrings.Print"/> do.
/// </summary>
public static class SyntaxPrinter
{
    /// <summary>The node printed as GraphQL text.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new SyntaxWriter();
        writer.Write(node);
        return writer.ToString();
    }
}
