using System.Globalization;
using System.Text;

namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>
/// Lucene's classic query parser as OpenSearch's <c>query_string</c> runs it with its defaults (default
/// operator OR, all fields): terms, <c>"phrases"</c>, <c>field:value</c>, <c>( )</c> groups, <c>AND</c>
/// <c>OR</c> <c>NOT</c> <c>&amp;&amp;</c> <c>||</c> <c>!</c> <c>+</c> <c>-</c>, <c>*</c>/<c>?</c>
/// wildcards, <c>/regex/</c>, <c>~</c> fuzziness and slop, <c>^</c> boosts (ignored: results are never
/// ranked by score), <c>[a TO b]</c> ranges, <c>\</c> escapes. Clauses combine with Lucene's rules (an
/// AND makes its neighbours required; optional clauses only count when nothing is required) and a query
/// made only of exclusions matches everything else, as OpenSearch fixes it.
/// </summary>
internal sealed class TextQueryParser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _position;

    private TextQueryParser(string text)
    {
        _text = text;
        _tokens = Lex(text);
    }

    private enum TokenKind
    {
        And,
        Or,
        Not,
        Plus,
        Minus,
        LeftParen,
        RightParen,
        Colon,
        Star,
        Caret,
        Quoted,
        Term,
        PrefixTerm,
        WildTerm,
        RegexpTerm,
        Fuzzy,
        Range,
        End,
    }

    private enum Conjunction
    {
        None,
        And,
        Or,
    }

    private enum Modifier
    {
        None,
        Required,
        Prohibited,
    }

    /// <summary>Parses a query; throws <see cref="TextQueryParseException"/> when Lucene would.</summary>
    public static TextQuery Parse(string text)
    {
        var parser = new TextQueryParser(text);
        var query = parser.ParseQuery(field: null);
        if (parser.Peek.Kind != TokenKind.End)
        {
            throw parser.Error();
        }

        return query ?? new BooleanTextQuery([]);
    }

    private Token Peek => _tokens[_position];

    private Token Next() => _tokens[_position++];

    private TextQueryParseException Error() => new($"Failed to parse query [{_text}]");

    private TextQuery? ParseQuery(string? field)
    {
        var clauses = new List<TextClause>();
        TextQuery? first = null;
        var firstHadModifier = false;
        var count = 0;
        while (true)
        {
            var conjunction = Conjunction.None;
            if (count > 0 && Peek.Kind is TokenKind.And or TokenKind.Or)
            {
                conjunction = Next().Kind == TokenKind.And ? Conjunction.And : Conjunction.Or;
            }
            else if (count > 0 && Peek.Kind is TokenKind.End or TokenKind.RightParen)
            {
                break;
            }

            var modifier = Peek.Kind switch
            {
                TokenKind.Plus => Modifier.Required,
                TokenKind.Minus or TokenKind.Not => Modifier.Prohibited,
                _ => Modifier.None,
            };
            if (modifier != Modifier.None)
            {
                Next();
            }

            var query = ParseClause(field);
            AddClause(clauses, conjunction, modifier, query);
            if (count == 0)
            {
                first = query;
                firstHadModifier = modifier != Modifier.None;
            }

            count++;
        }

        if (clauses.Count == 1 && !firstHadModifier && first is not null)
        {
            return first;
        }

        return Boolean(clauses);
    }

    /// <summary>Lucene's <c>addClause</c> with the OR default operator.</summary>
    private static void AddClause(List<TextClause> clauses, Conjunction conjunction, Modifier modifier, TextQuery? query)
    {
        if (clauses.Count > 0 && conjunction == Conjunction.And && clauses[^1].Occur != Occur.MustNot)
        {
            clauses[^1] = clauses[^1] with { Occur = Occur.Must };
        }

        if (query is null)
        {
            return;
        }

        var prohibited = modifier == Modifier.Prohibited;
        var required = modifier == Modifier.Required || (conjunction == Conjunction.And && !prohibited);
        clauses.Add(new TextClause(required ? Occur.Must : prohibited ? Occur.MustNot : Occur.Should, query));
    }

    /// <summary>A boolean query; one made only of exclusions gets a match-all clause (OpenSearch's fixNegativeQueryIfNeeded).</summary>
    private static BooleanTextQuery? Boolean(List<TextClause> clauses)
    {
        if (clauses.Count == 0)
        {
            return null;
        }

        if (clauses.All(c => c.Occur == Occur.MustNot))
        {
            clauses.Insert(0, new TextClause(Occur.Must, new MatchAllTextQuery()));
        }

        return new BooleanTextQuery(clauses);
    }

    private TextQuery? ParseClause(string? field)
    {
        if (Peek.Kind is TokenKind.Term or TokenKind.Star && _tokens[_position + 1].Kind == TokenKind.Colon)
        {
            var name = Next();
            Next();
            field = name.Kind == TokenKind.Star ? "*" : Unescape(name.Text);
        }

        if (Peek.Kind == TokenKind.LeftParen)
        {
            Next();
            var inner = ParseQuery(field);
            if (Next().Kind != TokenKind.RightParen)
            {
                throw Error();
            }

            SkipBoost();
            return inner;
        }

        return ParseTerm(field);
    }

    private TextQuery? ParseTerm(string? field)
    {
        var token = Next();
        var effectiveField = field == "*" ? null : field;
        TextQuery? query;
        switch (token.Kind)
        {
            case TokenKind.Term:
            case TokenKind.Star:
            case TokenKind.PrefixTerm:
            case TokenKind.WildTerm:
            case TokenKind.RegexpTerm:
                var fuzzy = TryFuzzy();
                SkipBoost();
                fuzzy ??= TryFuzzy();
                query = token.Kind switch
                {
                    TokenKind.Star => new MatchAllTextQuery(),
                    TokenKind.PrefixTerm => new PrefixTextQuery(Unescape(token.Text).ToLowerInvariant()),
                    TokenKind.WildTerm => new WildcardTextQuery(token.Text.ToLowerInvariant()),
                    TokenKind.RegexpTerm => new RegexpTextQuery(token.Text),
                    _ when fuzzy is not null => new FuzzyTextQuery(Unescape(token.Text).ToLowerInvariant(), (int)Math.Min(2, Math.Round(fuzzy.Value))),
                    _ => Analyzed(Unescape(token.Text)),
                };
                break;
            case TokenKind.Quoted:
                var slop = TryFuzzy();
                SkipBoost();
                var phrase = Unescape(token.Text);
                var tokens = StandardAnalyzer.Tokens(phrase);
                query = tokens.Count switch
                {
                    0 => null,
                    1 => new TermTextQuery(tokens[0]),
                    _ => new PhraseTextQuery(phrase, (int)(slop ?? 0)),
                };
                break;
            case TokenKind.Range:
                SkipBoost();
                query = token.Range!;
                break;
            default:
                throw Error();
        }

        return query is null ? null : query with { Field = effectiveField };
    }

    private static TermTextQuery? Analyzed(string text) =>
        StandardAnalyzer.Tokens(text).Count == 0 && !IndexedDocument.TryParseDay(text, out _) ? null : new TermTextQuery(text);

    private double? TryFuzzy()
    {
        if (Peek.Kind != TokenKind.Fuzzy)
        {
            return null;
        }

        var text = Next().Text;
        return text.Length == 0 ? 2 : double.Parse(text, CultureInfo.InvariantCulture);
    }

    private void SkipBoost()
    {
        if (Peek.Kind == TokenKind.Caret)
        {
            Next();
        }
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u3000';

    private static bool IsTermStart(char c) =>
        !IsWhitespace(c) && c is not ('+' or '-' or '!' or '(' or ')' or ':' or '^' or '[' or ']' or '"' or '{' or '}' or '~' or '*' or '?' or '\\' or '/');

    private static bool IsTermChar(char c) => IsTermStart(c) || c is '-' or '+';

    private List<Token> Lex(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && IsWhitespace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty));
                return tokens;
            }

            var c = text[i];
            if (c == '&' && i + 1 < text.Length && text[i + 1] == '&')
            {
                tokens.Add(new Token(TokenKind.And, "&&"));
                i += 2;
                continue;
            }

            if (c == '|' && i + 1 < text.Length && text[i + 1] == '|')
            {
                tokens.Add(new Token(TokenKind.Or, "||"));
                i += 2;
                continue;
            }

            switch (c)
            {
                case '(':
                    tokens.Add(new Token(TokenKind.LeftParen, "("));
                    i++;
                    continue;
                case ')':
                    tokens.Add(new Token(TokenKind.RightParen, ")"));
                    i++;
                    continue;
                case ':':
                    tokens.Add(new Token(TokenKind.Colon, ":"));
                    i++;
                    continue;
                case '+':
                    tokens.Add(new Token(TokenKind.Plus, "+"));
                    i++;
                    continue;
                case '-':
                    tokens.Add(new Token(TokenKind.Minus, "-"));
                    i++;
                    continue;
                case '!':
                    tokens.Add(new Token(TokenKind.Not, "!"));
                    i++;
                    continue;
                case '"':
                    tokens.Add(new Token(TokenKind.Quoted, ReadDelimited(text, ref i, '"')));
                    continue;
                case '/':
                    tokens.Add(new Token(TokenKind.RegexpTerm, ReadDelimited(text, ref i, '/')));
                    continue;
                case '~':
                    i++;
                    tokens.Add(new Token(TokenKind.Fuzzy, ReadNumber(text, ref i, required: false)));
                    continue;
                case '^':
                    i++;
                    tokens.Add(new Token(TokenKind.Caret, ReadNumber(text, ref i, required: true)));
                    continue;
                case '[':
                case '{':
                    tokens.Add(ReadRange(text, ref i));
                    continue;
            }

            if (c == '*' && (i + 1 >= text.Length || !(IsTermChar(text[i + 1]) || text[i + 1] is '*' or '?' or '\\')))
            {
                tokens.Add(new Token(TokenKind.Star, "*"));
                i++;
                continue;
            }

            if (!(IsTermStart(c) || c is '*' or '?' or '\\'))
            {
                throw Error();
            }

            tokens.Add(ReadTerm(text, ref i));
        }
    }

    private Token ReadTerm(string text, ref int i)
    {
        var start = i;
        var wildcards = 0;
        var trailingStarOnly = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 >= text.Length)
                {
                    throw Error();
                }

                i += 2;
                trailingStarOnly = false;
                continue;
            }

            if (c is '*' or '?')
            {
                wildcards++;
                trailingStarOnly = c == '*' && wildcards == 1;
                i++;
                continue;
            }

            if (!IsTermChar(c))
            {
                break;
            }

            if (wildcards > 0)
            {
                trailingStarOnly = false;
            }

            i++;
        }

        var word = text[start..i];
        if (wildcards == 1 && trailingStarOnly && word.Length > 1)
        {
            return new Token(TokenKind.PrefixTerm, word[..^1]);
        }

        if (wildcards > 0)
        {
            return new Token(TokenKind.WildTerm, word);
        }

        return word switch
        {
            "AND" => new Token(TokenKind.And, word),
            "OR" => new Token(TokenKind.Or, word),
            "NOT" => new Token(TokenKind.Not, word),
            _ => new Token(TokenKind.Term, word),
        };
    }

    private string ReadDelimited(string text, ref int i, char delimiter)
    {
        var builder = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != delimiter)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if (delimiter == '/' && text[i + 1] != '/')
                {
                    builder.Append('\\');
                }
                else if (delimiter == '"')
                {
                    builder.Append('\\');
                }

                i++;
            }

            builder.Append(text[i]);
            i++;
        }

        if (i >= text.Length)
        {
            throw Error();
        }

        i++;
        return builder.ToString();
    }

    private string ReadNumber(string text, ref int i, bool required)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (required && i == start)
        {
            throw Error();
        }

        return text[start..i];
    }

    private Token ReadRange(string text, ref int i)
    {
        var includeLower = text[i] == '[';
        i++;
        var lower = ReadBound(text, ref i);
        SkipWhitespace(text, ref i);
        if (!(i + 1 < text.Length && text[i] == 'T' && text[i + 1] == 'O'))
        {
            throw Error();
        }

        i += 2;
        var upper = ReadBound(text, ref i);
        SkipWhitespace(text, ref i);
        if (i >= text.Length || text[i] is not (']' or '}'))
        {
            throw Error();
        }

        var includeUpper = text[i] == ']';
        i++;
        return new Token(TokenKind.Range, string.Empty)
        {
            Range = new RangeTextQuery(lower == "*" ? null : lower, upper == "*" ? null : upper, includeLower, includeUpper),
        };
    }

    private string ReadBound(string text, ref int i)
    {
        SkipWhitespace(text, ref i);
        if (i < text.Length && text[i] == '"')
        {
            return ReadDelimited(text, ref i, '"');
        }

        var start = i;
        while (i < text.Length && !IsWhitespace(text[i]) && text[i] is not (']' or '}'))
        {
            i++;
        }

        if (i == start)
        {
            throw Error();
        }

        return text[start..i];
    }

    private static void SkipWhitespace(string text, ref int i)
    {
        while (i < text.Length && IsWhitespace(text[i]))
        {
            i++;
        }
    }

    private sealed record Token(TokenKind Kind, string Text)
    {
        public RangeTextQuery? Range { get; init; }
    }
}
