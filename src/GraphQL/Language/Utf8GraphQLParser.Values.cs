namespace Gateway.GraphQL.Language;

internal ref partial struct Utf8GraphQLParser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Here;
        switch (Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = _context.GetName(_reader.RawValue);
                Advance();
                return new IntValueNode(value, Loc(start));
            }

            case TokenKind.Float:
            {
                var value = _reader.GetString();
                Advance();
                return new FloatValueNode(value, Loc(start));
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var name = _reader.RawValue;
                if (name.SequenceEqual("true"u8) || name.SequenceEqual("false"u8))
                {
                    var isTrue = name.Length == 4;
                    Advance();
                    return new BooleanValueNode(isTrue, Loc(start));
                }

                if (name.SequenceEqual("null"u8))
                {
                    Advance();
                    return new NullValueNode(Loc(start));
                }

                var value = _context.GetName(name);
                Advance();
                return new EnumValueNode(value, Loc(start));
            }

            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollar = _reader;
                    Advance();
                    if (Kind == TokenKind.Name)
                    {
                        throw dollar.ErrorAtToken("Unexpected variable \"$" + _reader.GetString() + "\" in constant value.");
                    }

                    throw Unexpected(dollar);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = Here;
        var value = _reader.GetString();
        var block = Kind == TokenKind.BlockString;
        Advance();
        return new StringValueNode(value, block, Loc(start));
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Here;
        Enter();
        Advance();
        var mark = _context.Mark;
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            _context.Push(ParseValueLiteral(isConst));
        }

        Leave();
        return new ListValueNode(_context.Pop<ValueNode>(mark), Loc(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Here;
        Enter();
        Advance();
        var mark = _context.Mark;
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            var fieldStart = Here;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _context.Push(new ObjectFieldNode(name, value, Loc(fieldStart)));
        }

        Leave();
        return new ObjectValueNode(_context.Pop<ObjectFieldNode>(mark), Loc(start));
    }

    private StringValueNode? ParseDescription() =>
        Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;
}
