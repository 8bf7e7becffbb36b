using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Parses GraphQL documents (executable and type-system language alike), single values and type references.
/// The grammar, the messages of syntax errors and their locations follow graphql-js 16; errors are thrown as
/// <see cref="GraphQLSyntaxException"/>. The limits of <see cref="ParserOptions"/> bound the work a document costs.
/// </summary>
public static class GraphQLParser
{
    /// <summary>Parses a document given as text.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        (DocumentNode)ParseText(source, options ?? ParserOptions.Default, Production.Document);

    /// <summary>Parses a document given as UTF-8 bytes (a leading byte order mark is skipped).</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null) =>
        (DocumentNode)ParseBytes(utf8, options ?? ParserOptions.Default, Production.Document);

    /// <summary>Parses a single value such as <c>{a: [1, $var]}</c> (graphql-js's <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        (ValueNode)ParseText(source, options ?? ParserOptions.Default, Production.Value);

    /// <summary>Parses a single type reference such as <c>[String!]!</c> (graphql-js's <c>parseType</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        (TypeNode)ParseText(source, options ?? ParserOptions.Default, Production.Type);

    private static SyntaxNode ParseText(string source, ParserOptions options, Production production)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options);
        }

        // Lone surrogates are counted as three bytes, which is how EncodeUtf8 writes them.
        var byteCount = Encoding.UTF8.GetByteCount(source);
        if (byteCount > options.MaxDocumentBytes)
        {
            throw TooLarge(options);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
        try
        {
            var length = EncodeUtf8(source, buffer);
            return ParseBytes(buffer.AsSpan(0, length), options, production);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static SyntaxNode ParseBytes(ReadOnlySpan<byte> utf8, ParserOptions options, Production production)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (utf8.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options);
        }

        var context = ParserContext.Rent();
        try
        {
            var parser = new Utf8GraphQLParser(utf8, options, context);
            return production switch
            {
                Production.Value => parser.ParseValueDocument(),
                Production.Type => parser.ParseTypeDocument(),
                _ => parser.ParseDocument(),
            };
        }
        finally
        {
            ParserContext.Return(context);
        }
    }

    /// <summary>
    /// UTF-8 of a string, except that a lone surrogate is written as the three bytes of its code point (as WTF-8
    /// does) so that the lexer reports it where graphql-js does instead of reading a replacement character.
    /// </summary>
    internal static byte[] EncodeUtf8(string source)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(source)];
        EncodeUtf8(source, bytes);
        return bytes;
    }

    private static int EncodeUtf8(ReadOnlySpan<char> source, Span<byte> destination)
    {
        var written = 0;
        while (true)
        {
            var status = Utf8.FromUtf16(source, destination[written..], out var read, out var count, replaceInvalidSequences: false);
            written += count;
            if (status != OperationStatus.InvalidData)
            {
                return written;
            }

            int surrogate = source[read];
            destination[written++] = (byte)(0xE0 | (surrogate >> 12));
            destination[written++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            destination[written++] = (byte)(0x80 | (surrogate & 0x3F));
            source = source[(read + 1)..];
        }
    }

    private static GraphQLSyntaxException TooLarge(ParserOptions options) =>
        new("Document is larger than " + options.MaxDocumentBytes + " bytes.", new SourceLocation(1, 1));

    private enum Production
    {
        Document,
        Value,
        Type,
    }
}
