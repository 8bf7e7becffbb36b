using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public class LexerTests
{
    private sealed record Token(TokenKind Kind, string Value, int Start, int End, int Line, int Column);

    // As GraphQLParser.Parse(string) does: a lone surrogate becomes the three bytes of its code point.
    private static List<Token> Lex(string source) => Lex(GraphQLParser.EncodeUtf8(source));

    private static List<Token> Lex(byte[] utf8)
    {
        var tokens = new List<Token>();
        var reader = new Utf8GraphQLReader(utf8);
        Assert.Equal(TokenKind.StartOfFile, reader.Kind);
        while (reader.Read())
        {
            tokens.Add(new Token(reader.Kind, reader.GetString(), reader.Start, reader.End, reader.Line, reader.Column));
        }

        Assert.Equal(TokenKind.EndOfFile, reader.Kind);
        Assert.False(reader.Read());
        tokens.Add(new Token(reader.Kind, string.Empty, reader.Start, reader.End, reader.Line, reader.Column));
        return tokens;
    }

    private static Token Single(string source)
    {
        var tokens = Lex(source);
        Assert.Equal(2, tokens.Count);
        return tokens[0];
    }

    private static GraphQLSyntaxException LexError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

    [Fact]
    public void Reads_every_punctuator()
    {
        var tokens = Lex("! $ & ( ) ... : = @ [ ] { | }");
        Assert.Equal(
            new[]
            {
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.LeftParenthesis,
                TokenKind.RightParenthesis, TokenKind.Spread, TokenKind.Colon, TokenKind.Equal, TokenKind.At,
                TokenKind.LeftBracket, TokenKind.RightBracket, TokenKind.LeftBrace, TokenKind.Pipe,
                TokenKind.RightBrace, TokenKind.EndOfFile,
            },
            tokens.Select(t => t.Kind));
        Assert.Equal((10, 13), (tokens[5].Start, tokens[5].End));
        Assert.All(tokens, t => Assert.Equal(string.Empty, t.Value));
    }

    [Fact]
    public void Skips_whitespace_commas_comments_and_byte_order_marks()
    {
        var tokens = Lex("\uFEFF ,,\t# comment with é and 🚀\n  name # trailing\r\n,\uFEFFother");
        Assert.Equal(3, tokens.Count);
        Assert.Equal(new Token(TokenKind.Name, "name", 36, 40, 2, 3), tokens[0]);
        Assert.Equal(TokenKind.Name, tokens[1].Kind);
        Assert.Equal("other", tokens[1].Value);
        Assert.Equal((3, 3), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void A_leading_byte_order_mark_takes_one_column()
    {
        var token = Single("\uFEFFa");
        Assert.Equal((3, 1, 2), (token.Start, token.Line, token.Column));
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\n\rb", 3, 1)]
    [InlineData("a\r\n\r\n  b", 3, 3)]
    [InlineData("a\n\n\n    b", 4, 5)]
    public void Counts_lines_after_every_line_terminator(string source, int line, int column)
    {
        var tokens = Lex(source);
        Assert.Equal((line, column), (tokens[1].Line, tokens[1].Column));
    }

    [Theory]
    [InlineData("\"é\" a", 5)]
    [InlineData("\"🚀\" a", 6)]
    [InlineData("\"日本語\" a", 7)]
    [InlineData("# é🚀\n\"é🚀é\" a", 8)]
    [InlineData("\"\"\"é\"\"\" a", 9)]
    [InlineData("\"\"\"x\né🚀\"\"\" a", 8)]
    [InlineData("\"\\u00e9\" a", 10)]
    public void Columns_count_utf16_code_units(string source, int column)
    {
        var tokens = Lex(source);
        Assert.Equal("a", tokens[^2].Value);
        Assert.Equal(column, tokens[^2].Column);
    }

    [Theory]
    [InlineData("_", "_")]
    [InlineData("a", "a")]
    [InlineData("__typename", "__typename")]
    [InlineData("Z9_z0", "Z9_z0")]
    public void Reads_names(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("9876543210123456789", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E-4", TokenKind.Float)]
    [InlineData("-1.123e+4567", TokenKind.Float)]
    [InlineData("0e0", TokenKind.Float)]
    public void Reads_numbers_as_their_text(string source, TokenKind kind)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 6)]
    public void Rejects_malformed_numbers(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Description);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"controls \u0000\u0001\u001f are source characters\"", "controls \u0000\u0001\u001f are source characters")]
    public void Reads_strings_and_resolves_escapes(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Raw_value_of_a_string_is_its_unresolved_content()
    {
        var reader = new Utf8GraphQLReader("\"a\\nb\""u8);
        reader.Read();
        Assert.Equal("a\\nb"u8.ToArray(), reader.RawValue.ToArray());
        Assert.Equal("a\nb", reader.GetString());
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"\"\"", "Unterminated string.", 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 5)]
    [InlineData("\"no end quote", "Unterminated string.", 14)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 25)]
    [InlineData("\"cannot escape half a pair \\uD83D\uDE00 esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 28)]
    [InlineData("\"bad \\u{1F600 and non-ASCII \\u{é}\"", "Invalid Unicode escape sequence: \"\\u{1F600 \".", 6)]
    [InlineData("\"é\\q\"", "Invalid character escape sequence: \"\\q\".", 3)]
    [InlineData("\"🚀\\q\"", "Invalid character escape sequence: \"\\q\".", 4)]
    public void Rejects_malformed_strings(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Description);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indentation\n    second\n      third\"\"\"", "  first line keeps its indentation\nsecond\n  third")]
    [InlineData("\"\"\"\n\t\ttabs\n\t\t\tcount too\n\"\"\"", "tabs\n\tcount too")]
    [InlineData("\"\"\"\n  \n    \n\"\"\"", "")]
    [InlineData("\"\"\"   \"\"\"", "")]
    [InlineData("\"\"\"\n  a\n\n  b\n\n\"\"\"", "a\n\nb")]
    [InlineData("\"\"\"\n  a\n b\n\"\"\"", " a\nb")]
    [InlineData("\"\"\"\n    a\n  \n    b\"\"\"", "a\n\nb")]
    [InlineData("\"\"\"\n    a\n        \n    b\"\"\"", "a\n    \nb")]
    [InlineData("\"\"\"  \\\"\"\"\n  \\\"\"\"\"\"\"", "  \"\"\"\n\"\"\"")]
    [InlineData("\"\"\"é\n   é🚀\n   x\"\"\"", "é\né🚀\nx")]
    [InlineData("\"\"\"a\u0000b\"\"\"", "a\u0000b")]
    public void Reads_block_strings_with_the_spec_dedent(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Block_strings_advance_lines_and_columns()
    {
        var tokens = Lex("\"\"\"\n  one\r\n  two\r  é🚀\"\"\" next");
        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((4, 10), (tokens[1].Line, tokens[1].Column));
    }

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("~", "Unexpected character: \"~\".", 1, 1)]
    [InlineData("\u0000", "Unexpected character: U+0000.", 1, 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("\u00A0", "Unexpected character: U+00A0.", 1, 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1, 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData("\uD800\uDC00", "Unexpected character: U+10000.", 1, 1)]
    [InlineData("\uDBFF\uDFFF", "Unexpected character: U+10FFFF.", 1, 1)]
    [InlineData("\n\n    ?\n", "Unexpected character: \"?\".", 3, 5)]
    [InlineData("\r\n\r\n  ?", "Unexpected character: \"?\".", 3, 3)]
    [InlineData("\"é🚀\" ?", "Unexpected character: \"?\".", 1, 7)]
    [InlineData("\uFEFF\uFEFF?", "Unexpected character: \"?\".", 1, 3)]
    public void Rejects_unexpected_characters_where_graphql_js_does(string source, string message, int line, int column)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Description);
        Assert.Equal(new SourceLocation(line, column), error.Location);
        Assert.Equal("Syntax Error: " + message, error.Message);
    }

    [Fact]
    public void Rejects_lone_surrogates_where_graphql_js_does()
    {
        // Lone surrogates cannot travel through theory data (the test runner serializes it as UTF-8).
        var cases = new (string Source, string Message, int Line, int Column)[]
        {
            ("\"bad surrogate \uDEAD\"", "Invalid character within String: U+DEAD.", 1, 16),
            ("\"bad high surrogate pair \uDEAD\uDEAD\"", "Invalid character within String: U+DEAD.", 1, 26),
            ("\"bad low surrogate pair \uD800\uD800\"", "Invalid character within String: U+D800.", 1, 25),
            ("\"cannot escape half a pair \uD83D\\uDE00 esc\"", "Invalid character within String: U+D83D.", 1, 28),
            ("\"\\u{🚀}\"", "Invalid Unicode escape sequence: \"\\u{\uD83D\".", 1, 2),
            ("\uDEAD", "Invalid character: U+DEAD.", 1, 1),
            ("\uD800", "Invalid character: U+D800.", 1, 1),
            ("# é\uD800", "Invalid character: U+D800.", 1, 4),
        };
        foreach (var (source, message, line, column) in cases)
        {
            var error = LexError(source);
            Assert.Equal(message, error.Description);
            Assert.Equal(new SourceLocation(line, column), error.Location);
        }
    }

    [Fact]
    public void Invalid_utf8_reads_as_replacement_characters()
    {
        // Outside strings a replacement character is unexpected; inside strings it is kept.
        var error = Assert.Throws<GraphQLSyntaxException>(() => Lex(new byte[] { (byte)'a', (byte)' ', 0xFF }));
        Assert.Equal("Unexpected character: U+FFFD.", error.Description);
        Assert.Equal(new SourceLocation(1, 3), error.Location);

        var tokens = Lex(new byte[] { (byte)'"', 0xC3, (byte)'"', (byte)' ', (byte)'a' });
        Assert.Equal("\uFFFD", tokens[0].Value);
        Assert.Equal(5, tokens[1].Column);
    }

    [Fact]
    public void Encoded_surrogates_in_utf8_are_rejected_like_lone_surrogates()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Lex(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }));
        Assert.Equal("Invalid character within String: U+D800.", error.Description);
        Assert.Equal(new SourceLocation(1, 2), error.Location);
    }

    [Fact]
    public void Describes_tokens_as_graphql_js_does()
    {
        Assert.Equal("<EOF>", Utf8GraphQLReader.Describe(TokenKind.EndOfFile));
        Assert.Equal("\"...\"", Utf8GraphQLReader.Describe(TokenKind.Spread));
        var reader = new Utf8GraphQLReader("name \"str\\n\" 1.5"u8);
        reader.Read();
        Assert.Equal("Name \"name\"", reader.Describe());
        reader.Read();
        Assert.Equal("String \"str\n\"", reader.Describe());
        reader.Read();
        Assert.Equal("Float \"1.5\"", reader.Describe());
    }
}
