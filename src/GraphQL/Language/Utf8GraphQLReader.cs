using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// The GraphQL lexer: reads the tokens of a UTF-8 document one at a time without allocating. Names, numbers and
/// strings are only materialized on request (<see cref="GetString"/>). Whitespace, commas, comments and a leading
/// byte order mark are skipped. Lines and columns follow graphql-js: lines end at <c>\n</c>, <c>\r\n</c> or
/// <c>\r</c>, and columns count UTF-16 code units. Lexical errors throw <see cref="GraphQLSyntaxException"/>
/// with graphql-js's messages.
/// </summary>
/// <remarks>
/// Bytes that are not valid UTF-8 are read as U+FFFD, except that an encoded surrogate code point (as produced
/// from a string holding a lone surrogate) is read as that surrogate, which GraphQL rejects.
/// </remarks>
public ref partial struct Utf8GraphQLReader
{
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(BuildStops("\"\\\n\r"));
    private static readonly SearchValues<byte> BlockStringStops = SearchValues.Create(BuildStops("\"\\\n\r"));
    private static readonly SearchValues<byte> CommentStops = SearchValues.Create(BuildStops("\n\r"));

    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private int _line;
    private int _lineStart;

    // UTF-8 bytes minus UTF-16 code units over the part of the current line scanned so far; columns subtract it.
    private int _lineAdjust;
    private int _valueStart;
    private int _valueEnd;
    private bool _hasEscapes;

    /// <summary>Starts reading a UTF-8 document; the reader stands on <see cref="TokenKind.StartOfFile"/>.</summary>
    public Utf8GraphQLReader(ReadOnlySpan<byte> graphQLData)
    {
        _data = graphQLData;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset of the current token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just past the current token.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token.</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the current token, in UTF-16 code units.</summary>
    public int Column { get; private set; }

    /// <summary>
    /// The current token's bytes: the text of a name or number; for strings and block strings the raw content
    /// between the quotes (escapes unresolved, indentation kept); empty for punctuators.
    /// </summary>
    public readonly ReadOnlySpan<byte> RawValue => _data[_valueStart.._valueEnd];

    /// <summary>The whole document.</summary>
    public readonly ReadOnlySpan<byte> Data => _data;

    /// <summary>
    /// Moves to the next token; returns false once <see cref="TokenKind.EndOfFile"/> is reached.
    /// </summary>
    public bool Read()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return false;
        }

        var data = _data;
        var position = _position;
        while (position < data.Length)
        {
            var code = data[position];
            switch (code)
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    NewLine(position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < data.Length && data[position + 1] == (byte)'\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case (byte)'#':
                    position = SkipComment(position + 1);
                    continue;
                case 0xEF:
                    if (position + 2 < data.Length && data[position + 1] == 0xBB && data[position + 2] == 0xBF)
                    {
                        // U+FEFF (byte order mark): three bytes, one UTF-16 code unit.
                        position += 3;
                        _lineAdjust += 2;
                        continue;
                    }

                    break;
                case (byte)'!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case (byte)'$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case (byte)'&':
                    return Punctuator(TokenKind.Ampersand, position, 1);
                case (byte)'(':
                    return Punctuator(TokenKind.LeftParenthesis, position, 1);
                case (byte)')':
                    return Punctuator(TokenKind.RightParenthesis, position, 1);
                case (byte)'.':
                    if (position + 2 < data.Length && data[position + 1] == (byte)'.' && data[position + 2] == (byte)'.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    break;
                case (byte)':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case (byte)'=':
                    return Punctuator(TokenKind.Equal, position, 1);
                case (byte)'@':
                    return Punctuator(TokenKind.At, position, 1);
                case (byte)'[':
                    return Punctuator(TokenKind.LeftBracket, position, 1);
                case (byte)']':
                    return Punctuator(TokenKind.RightBracket, position, 1);
                case (byte)'{':
                    return Punctuator(TokenKind.LeftBrace, position, 1);
                case (byte)'|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case (byte)'}':
                    return Punctuator(TokenKind.RightBrace, position, 1);
                case (byte)'"':
                    if (position + 2 < data.Length && data[position + 1] == (byte)'"' && data[position + 2] == (byte)'"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return true;
                case (byte)'-':
                case >= (byte)'0' and <= (byte)'9':
                    ReadNumber(position, code);
                    return true;
                case >= (byte)'a' and <= (byte)'z':
                case >= (byte)'A' and <= (byte)'Z':
                case (byte)'_':
                    ReadName(position);
                    return true;
            }

            throw UnexpectedCharacter(position);
        }

        BeginToken(TokenKind.EndOfFile, data.Length);
        End = data.Length;
        _valueStart = _valueEnd = data.Length;
        _position = data.Length;
        return false;
    }

    /// <summary>
    /// The value of the current token as a string: a name's or number's text, a string's value with its
    /// escapes resolved, a block string's value with its indentation removed (spec <c>BlockStringValue</c>);
    /// an empty string for punctuators.
    /// </summary>
    public readonly string GetString() => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Encoding.Latin1.GetString(RawValue),
        TokenKind.String => _hasEscapes ? Unescape(RawValue) : Encoding.UTF8.GetString(RawValue),
        TokenKind.BlockString => BlockStrings.Dedent(RawValue),
        _ => string.Empty,
    };

    /// <summary>graphql-js's description of the current token in errors: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public readonly string Describe() => Describe(redactValues: false);

    /// <summary>
    /// The description of the current token; with <paramref name="redactValues"/>, a value (Int, Float, String, BlockString)
    /// by its kind alone.
    /// </summary>
    public readonly string Describe(bool redactValues)
    {
        var kind = Describe(Kind);
        return Kind switch
        {
            TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString when redactValues => kind,
            TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString =>
                kind + " \"" + GetString() + "\"",
            _ => kind,
        };
    }

    /// <summary>graphql-js's description of a token kind in errors: punctuators quoted, others by name.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParenthesis => "\"(\"",
        TokenKind.RightParenthesis => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equal => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    /// <summary>A syntax error at a byte offset on the line the reader is on (or at the current token).</summary>
    internal readonly GraphQLSyntaxException Error(int position, string description) =>
        new(description, new SourceLocation(_line, 1 + position - _lineStart - _lineAdjust));

    /// <summary>A syntax error at the current token.</summary>
    internal readonly GraphQLSyntaxException ErrorAtToken(string description) =>
        new(description, new SourceLocation(Line, Column));

    private static byte[] BuildStops(string ascii)
    {
        var stops = new byte[ascii.Length + 128];
        for (var i = 0; i < ascii.Length; i++)
        {
            stops[i] = (byte)ascii[i];
        }

        for (var i = 0; i < 128; i++)
        {
            stops[ascii.Length + i] = (byte)(0x80 + i);
        }

        return stops;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NewLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineAdjust = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BeginToken(TokenKind kind, int start)
    {
        Kind = kind;
        Start = start;
        Line = _line;
        Column = 1 + start - _lineStart - _lineAdjust;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Punctuator(TokenKind kind, int start, int length)
    {
        BeginToken(kind, start);
        End = _position = start + length;
        _valueStart = _valueEnd = start;
        return true;
    }

    private readonly int At(int position) => (uint)position < (uint)_data.Length ? _data[position] : -1;

    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    private static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    private static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    private int SkipComment(int position)
    {
        var data = _data;
        while (position < data.Length)
        {
            var skip = data[position..].IndexOfAny(CommentStops);
            if (skip < 0)
            {
                return data.Length;
            }

            position += skip;
            var code = data[position];
            if (code is (byte)'\n' or (byte)'\r')
            {
                return position;
            }

            var scalar = DecodeScalar(data, position, out var length);
            if (IsSurrogate(scalar))
            {
                // Not a source character: the comment ends here and the next read reports it.
                return position;
            }

            _lineAdjust += AdjustFor(length);
            position += length;
        }

        return position;
    }

    private void ReadName(int start)
    {
        BeginToken(TokenKind.Name, start);
        var data = _data;
        var position = start + 1;
        while (position < data.Length && IsNameContinue(data[position]))
        {
            position++;
        }

        End = _position = _valueEnd = position;
        _valueStart = start;
    }

    private void ReadNumber(int start, int code)
    {
        BeginToken(TokenKind.Int, start);
        var position = start;
        var isFloat = false;
        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, "Invalid number, unexpected digit after 0: " + PrintCodePointAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, "Invalid number, expected digit but got: " + PrintCodePointAt(position) + ".");
        }

        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        End = _position = _valueEnd = position;
        _valueStart = start;
    }

    private readonly int ReadDigits(int position, int code)
    {
        if (!IsDigit(code))
        {
            throw Error(position, "Invalid number, expected digit but got: " + PrintCodePointAt(position) + ".");
        }

        position++;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    private void ReadString(int start)
    {
        BeginToken(TokenKind.String, start);
        var data = _data;
        var position = start + 1;
        var hasEscapes = false;
        while (position < data.Length)
        {
            var skip = data[position..].IndexOfAny(StringStops);
            if (skip < 0)
            {
                position = data.Length;
                break;
            }

            position += skip;
            var code = data[position];
            if (code == '"')
            {
                _valueStart = start + 1;
                _valueEnd = position;
                End = _position = position + 1;
                _hasEscapes = hasEscapes;
                return;
            }

            if (code == '\\')
            {
                hasEscapes = true;
                position += EscapeLength(position);
                continue;
            }

            if (code is (byte)'\n' or (byte)'\r')
            {
                break;
            }

            position += ScanStringCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private void ReadBlockString(int start)
    {
        BeginToken(TokenKind.BlockString, start);
        var data = _data;
        var position = start + 3;
        while (position < data.Length)
        {
            var skip = data[position..].IndexOfAny(BlockStringStops);
            if (skip < 0)
            {
                position = data.Length;
                break;
            }

            position += skip;
            var code = data[position];
            if (code == '"')
            {
                if (position + 2 < data.Length && data[position + 1] == (byte)'"' && data[position + 2] == (byte)'"')
                {
                    _valueStart = start + 3;
                    _valueEnd = position;
                    End = _position = position + 3;
                    return;
                }

                position++;
                continue;
            }

            if (code == '\\')
            {
                position += position + 3 < data.Length && data[position + 1] == (byte)'"' &&
                    data[position + 2] == (byte)'"' && data[position + 3] == (byte)'"'
                    ? 4
                    : 1;
                continue;
            }

            if (code == '\n')
            {
                position++;
                NewLine(position);
                continue;
            }

            if (code == '\r')
            {
                position += position + 1 < data.Length && data[position + 1] == (byte)'\n' ? 2 : 1;
                NewLine(position);
                continue;
            }

            position += ScanStringCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Steps over one non-ASCII character of a string; a surrogate code point is an error.</summary>
    private int ScanStringCharacter(int position)
    {
        var scalar = DecodeScalar(_data, position, out var length);
        if (IsSurrogate(scalar))
        {
            throw Error(position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
        }

        _lineAdjust += AdjustFor(length);
        return length;
    }

    /// <summary>Validates the escape sequence at a backslash and returns its length in bytes.</summary>
    private readonly int EscapeLength(int position)
    {
        switch (At(position + 1))
        {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                return 2;
            case 'u':
                return At(position + 2) == '{' ? VariableWidthEscapeLength(position) : FixedWidthEscapeLength(position);
            default:
                throw Error(position, "Invalid character escape sequence: \"" + SliceUtf16(position, 2) + "\".");
        }
    }

    private readonly int VariableWidthEscapeLength(int position)
    {
        var point = 0;
        var size = 3;

        // At most 12 characters: \u{00000000}.
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + SliceUtf16(position, size) + "\".");
    }

    private readonly int FixedWidthEscapeLength(int position)
    {
        var code = Read16BitHex(position + 2);
        if (IsScalarValue(code))
        {
            return 6;
        }

        // JSON-style surrogate pairs are allowed when both halves are escaped.
        if (IsLeadingSurrogate(code) && At(position + 6) == '\\' && At(position + 7) == 'u' &&
            IsTrailingSurrogate(Read16BitHex(position + 8)))
        {
            return 12;
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + SliceUtf16(position, 6) + "\".");
    }

    private readonly int Read16BitHex(int position) =>
        (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8) |
        (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    internal static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static bool IsSurrogate(int code) => code is >= 0xD800 and <= 0xDFFF;

    private static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    private static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;

    /// <summary>UTF-8 bytes minus UTF-16 code units of a character encoded in <paramref name="length"/> bytes.</summary>
    private static int AdjustFor(int length) => length switch
    {
        2 => 1,
        3 => 2,
        4 => 2,
        _ => 0,
    };

    /// <summary>
    /// Decodes the character at a position: its code point and byte length. Surrogate code points encoded in
    /// three bytes are returned as such; any other invalid sequence reads as U+FFFD of length 1.
    /// </summary>
    internal static int DecodeScalar(ReadOnlySpan<byte> data, int position, out int length)
    {
        int b0 = data[position];
        length = 1;
        if (b0 < 0x80)
        {
            return b0;
        }

        var available = data.Length - position;
        if (b0 is >= 0xC2 and <= 0xDF)
        {
            if (available >= 2 && IsContinuation(data[position + 1]))
            {
                length = 2;
                return ((b0 & 0x1F) << 6) | (data[position + 1] & 0x3F);
            }
        }
        else if (b0 is >= 0xE0 and <= 0xEF)
        {
            if (available >= 3)
            {
                int b1 = data[position + 1];
                int b2 = data[position + 2];
                var lowest = b0 == 0xE0 ? 0xA0 : 0x80;
                if (b1 >= lowest && b1 <= 0xBF && IsContinuation(b2))
                {
                    length = 3;
                    return ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
                }
            }
        }
        else if (b0 is >= 0xF0 and <= 0xF4 && available >= 4)
        {
            int b1 = data[position + 1];
            var lowest = b0 == 0xF0 ? 0x90 : 0x80;
            var highest = b0 == 0xF4 ? 0x8F : 0xBF;
            if (b1 >= lowest && b1 <= highest && IsContinuation(data[position + 2]) && IsContinuation(data[position + 3]))
            {
                length = 4;
                return ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((data[position + 2] & 0x3F) << 6) |
                    (data[position + 3] & 0x3F);
            }
        }

        return 0xFFFD;
    }

    private static bool IsContinuation(int code) => (code & 0xC0) == 0x80;

    private readonly GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        if (_data[position] == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var scalar = DecodeScalar(_data, position, out _);
        return Error(
            position,
            (IsSurrogate(scalar) ? "Invalid character: " : "Unexpected character: ") + PrintCodePointAt(position) + ".");
    }

    /// <summary>graphql-js's printCodePointAt: <c>"x"</c> for printable ASCII, <c>U+XXXX</c> otherwise, <c>&lt;EOF&gt;</c> past the end.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _data.Length)
        {
            return "<EOF>";
        }

        var code = DecodeScalar(_data, position, out _);
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>The text of <paramref name="units"/> UTF-16 code units from a byte offset, as JavaScript's slice gives it.</summary>
    private readonly string SliceUtf16(int position, int units)
    {
        var builder = new StringBuilder(units);
        while (units > 0 && position < _data.Length)
        {
            var code = DecodeScalar(_data, position, out var length);
            position += length;
            if (code >= 0x10000)
            {
                builder.Append((char)(0xD7C0 + (code >> 10)));
                if (--units > 0)
                {
                    builder.Append((char)(0xDC00 + (code & 0x3FF)));
                    units--;
                }
            }
            else
            {
                builder.Append((char)code);
                units--;
            }
        }

        return builder.ToString();
    }
}
