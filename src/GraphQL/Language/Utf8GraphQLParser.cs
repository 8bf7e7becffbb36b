using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Language;

/// <summary>
/// The recursive-descent GraphQL parser over a <see cref="Utf8GraphQLReader"/>: the grammar and the error
/// messages and locations of graphql-js 16, with the limits of <see cref="ParserOptions"/>.
/// </summary>
internal ref partial struct Utf8GraphQLParser
{
    private static readonly string[] DirectiveLocationNames =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    private readonly ParserContext _context;
    private readonly bool _recordLocations;
    private readonly bool _redactValues;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private Utf8GraphQLReader _reader;
    private int _tokenCount;
    private int _depth;
    private int _lastEnd;

    public Utf8GraphQLParser(ReadOnlySpan<byte> data, ParserOptions options, ParserContext context)
    {
        _reader = new Utf8GraphQLReader(data);
        _context = context;
        _recordLocations = options.RecordLocations;
        _redactValues = options.RedactValues;
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxNestingDepth;
    }

    /// <summary>Parses a whole document.</summary>
    public DocumentNode ParseDocument()
    {
        var start = Here;
        Expect(TokenKind.StartOfFile);
        var mark = _context.Mark;
        do
        {
            _context.Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode(_context.Pop<DefinitionNode>(mark), Loc(start));
    }

    /// <summary>Parses a document that holds exactly one value (variables allowed).</summary>
    public ValueNode ParseValueDocument()
    {
        Expect(TokenKind.StartOfFile);
        var value = ParseValueLiteral(isConst: false);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a document that holds exactly one type reference.</summary>
    public TypeNode ParseTypeDocument()
    {
        Expect(TokenKind.StartOfFile);
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    private readonly TokenStart Here => new(_reader.Start, _reader.Line, _reader.Column);

    private readonly TokenKind Kind => _reader.Kind;

    private readonly Location? Loc(TokenStart start) =>
        _recordLocations ? new Location(start.Start, _lastEnd, start.Line, start.Column) : null;

    private void Advance()
    {
        _lastEnd = _reader.End;
        if (_reader.Read() && ++_tokenCount > _maxTokens)
        {
            throw _reader.ErrorAtToken("Document contains more than " + _maxTokens + " tokens. Parsing aborted.");
        }
    }

    private void Expect(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            throw ExpectedError(kind);
        }

        Advance();
    }

    private readonly GraphQLSyntaxException ExpectedError(TokenKind kind) =>
        _reader.ErrorAtToken("Expected " + Utf8GraphQLReader.Describe(kind) + ", found " + _reader.Describe(_redactValues) + ".");

    private bool ExpectOptional(TokenKind kind)
    {
        if (_reader.Kind == kind)
        {
            Advance();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!IsKeyword(keyword))
        {
            throw _reader.ErrorAtToken("Expected \"" + keyword + "\", found " + _reader.Describe(_redactValues) + ".");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (IsKeyword(keyword))
        {
            Advance();
            return true;
        }

        return false;
    }

    private readonly bool IsKeyword(string keyword) =>
        _reader.Kind == TokenKind.Name && AsciiEquals(_reader.RawValue, keyword);

    /// <summary>graphql-js compares <c>token.value</c>, which strings have too.</summary>
    private readonly bool TokenValueEquals(string value) => _reader.Kind switch
    {
        TokenKind.Name => AsciiEquals(_reader.RawValue, value),
        TokenKind.String or TokenKind.BlockString => _reader.GetString() == value,
        _ => false,
    };

    private static bool AsciiEquals(ReadOnlySpan<byte> bytes, string ascii)
    {
        if (bytes.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    private readonly GraphQLSyntaxException Unexpected() => Unexpected(_reader);

    private readonly GraphQLSyntaxException Unexpected(in Utf8GraphQLReader token) =>
        token.ErrorAtToken("Unexpected " + token.Describe(_redactValues) + ".");

    private void Enter()
    {
        if (++_depth > _maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw _reader.ErrorAtToken("Document exceeds the maximum nesting depth of " + _maxDepth + ".");
        }
    }

    private void Leave() => _depth--;

    private NameNode ParseName()
    {
        if (_reader.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }

        var start = Here;
        var value = _context.GetName(_reader.RawValue);
        Advance();
        return new NameNode(value, Loc(start));
    }

    private readonly record struct TokenStart(int Start, int Line, int Column);
}
