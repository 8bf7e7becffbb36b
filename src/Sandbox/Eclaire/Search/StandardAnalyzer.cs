using System.Globalization;

namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>
/// OpenSearch's <c>standard</c> analyzer, the one every text field of the ECLAIRE index uses: Unicode word
/// segmentation (UAX #29: letters and digits, joined across <c>'</c>, <c>.</c>, <c>:</c> between letters,
/// <c>.</c>, <c>,</c>, <c>;</c> between digits, and <c>_</c>), then lower-casing. No accent folding and no
/// stop words, so <c>étude</c> does not match <c>etude</c>, as on the real API.
/// </summary>
internal static class StandardAnalyzer
{
    private enum Kind
    {
        Other,
        Letter,
        Numeric,
        ExtendNumLet,
        Extend,
        MidLetter,
        MidNum,
        MidNumLet,
        SingleQuote,
    }

    /// <summary>Receives one token (lower-cased; valid only during the call) and its position.</summary>
    public delegate void TokenHandler(ReadOnlySpan<char> token, int position);

    /// <summary>Calls <paramref name="onToken"/> with each token (lower-cased) and its position.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, TokenHandler onToken)
    {
        Span<char> buffer = stackalloc char[256];
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            var kind = KindOf(text[i]);
            if (kind is not (Kind.Letter or Kind.Numeric or Kind.ExtendNumLet))
            {
                i++;
                continue;
            }

            var start = i;
            var last = kind;
            var hasAlphanumeric = kind != Kind.ExtendNumLet;
            i++;
            while (i < text.Length)
            {
                var next = KindOf(text[i]);
                if (next is Kind.Letter or Kind.Numeric or Kind.ExtendNumLet)
                {
                    hasAlphanumeric |= next != Kind.ExtendNumLet;
                    last = next;
                    i++;
                    continue;
                }

                if (next == Kind.Extend)
                {
                    i++;
                    continue;
                }

                if (i + 1 < text.Length)
                {
                    var after = KindOf(text[i + 1]);
                    var joinsLetters = last == Kind.Letter && after == Kind.Letter && next is Kind.MidLetter or Kind.MidNumLet or Kind.SingleQuote;
                    var joinsDigits = last == Kind.Numeric && after == Kind.Numeric && next is Kind.MidNum or Kind.MidNumLet or Kind.SingleQuote;
                    if (joinsLetters || joinsDigits)
                    {
                        i += 2;
                        last = after;
                        continue;
                    }
                }

                break;
            }

            if (hasAlphanumeric)
            {
                var token = text[start..i];
                var length = Math.Min(token.Length, buffer.Length);
                token[..length].ToLowerInvariant(buffer);
                onToken(buffer[..length], position++);
            }
        }
    }

    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        Tokenize(text, (token, _) => tokens.Add(new string(token)));
        return tokens;
    }

    private static readonly Kind[] AsciiKinds = BuildAsciiKinds();

    private static Kind[] BuildAsciiKinds()
    {
        var kinds = new Kind[128];
        for (var c = 0; c < 128; c++)
        {
            kinds[c] = ClassifySlow((char)c);
        }

        return kinds;
    }

    private static Kind KindOf(char c) => c < 128 ? AsciiKinds[c] : ClassifySlow(c);

    private static Kind ClassifySlow(char c)
    {
        switch (c)
        {
            case '_' or '\u203F' or '\u2040' or '\u2054' or '\uFE33' or '\uFE34' or '\uFE4D' or '\uFE4E' or '\uFE4F' or '\uFF3F':
                return Kind.ExtendNumLet;
            case ':' or '\u00B7' or '\u0387' or '\u05F4' or '\u2027' or '\uFE13' or '\uFE55' or '\uFF1A':
                return Kind.MidLetter;
            case '.' or '\u2018' or '\u2019' or '\u2024' or '\uFE52' or '\uFF07' or '\uFF0E':
                return Kind.MidNumLet;
            case ',' or ';' or '\u037E' or '\u0589' or '\u060C' or '\u060D' or '\u066C' or '\u07F8' or '\u2044' or '\uFE10' or '\uFE14' or '\uFE50' or '\uFE54' or '\uFF0C' or '\uFF1B':
                return Kind.MidNum;
            case '\'':
                return Kind.SingleQuote;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.DecimalDigitNumber => Kind.Numeric,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => Kind.Letter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => Kind.Extend,
            _ => Kind.Other,
        };
    }
}
