namespace Gateway.GraphQL.Language;

internal ref partial struct Utf8GraphQLParser
{
    private DefinitionNode ParseDefinition()
    {
        if (Kind == TokenKind.LeftBrace)
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description and need one token of lookahead.
        var hasDescription = Kind is TokenKind.String or TokenKind.BlockString;
        var keyword = _reader;
        if (hasDescription)
        {
            keyword.Read();
            if (keyword.Kind == TokenKind.LeftBrace)
            {
                throw _reader.ErrorAtToken(
                    "Unexpected description, descriptions are not supported on shorthand queries.");
            }
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var name = keyword.RawValue;
            if (name.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition();
            }

            if (name.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeDefinition();
            }

            if (name.SequenceEqual("type"u8))
            {
                return ParseObjectTypeDefinition();
            }

            if (name.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeDefinition();
            }

            if (name.SequenceEqual("union"u8))
            {
                return ParseUnionTypeDefinition();
            }

            if (name.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeDefinition();
            }

            if (name.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeDefinition();
            }

            if (name.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition();
            }

            if (name.SequenceEqual("query"u8) || name.SequenceEqual("mutation"u8) || name.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (name.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw _reader.ErrorAtToken("Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (name.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Here;
        if (Kind == TokenKind.LeftBrace)
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand, Loc(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Kind == TokenKind.Name ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variableDefinitions, directives, selectionSet, Loc(start))
        {
            Description = description,
        };
    }

    private OperationType ParseOperationType()
    {
        if (Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }

        var name = _reader.RawValue;
        OperationType operation;
        if (name.SequenceEqual("query"u8))
        {
            operation = OperationType.Query;
        }
        else if (name.SequenceEqual("mutation"u8))
        {
            operation = OperationType.Mutation;
        }
        else if (name.SequenceEqual("subscription"u8))
        {
            operation = OperationType.Subscription;
        }
        else
        {
            // graphql-js consumes the name first, so an error in the next token wins.
            var token = _reader;
            Advance();
            throw Unexpected(token);
        }

        Advance();
        return operation;
    }

    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var mark = _context.Mark;
        do
        {
            _context.Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return _context.Pop<VariableDefinitionNode>(mark);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, Loc(start))
        {
            Description = description,
        };
    }

    private VariableNode ParseVariable()
    {
        var start = Here;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, Loc(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        if (Kind != TokenKind.LeftBrace)
        {
            throw ExpectedError(TokenKind.LeftBrace);
        }

        var start = Here;
        Enter();
        Advance();
        var mark = _context.Mark;
        do
        {
            _context.Push(Kind == TokenKind.Spread ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        Leave();
        return new SelectionSetNode(_context.Pop<SelectionNode>(mark), Loc(start));
    }

    private FieldNode ParseField()
    {
        var start = Here;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Kind == TokenKind.LeftBrace ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var mark = _context.Mark;
        do
        {
            var start = Here;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _context.Push(new ArgumentNode(name, value, Loc(start)));
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return _context.Pop<ArgumentNode>(mark);
    }

    private SelectionNode ParseFragment()
    {
        var start = Here;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Kind == TokenKind.Name)
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, Loc(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, Loc(start))
        {
            Description = description,
        };
    }

    private NameNode ParseFragmentName()
    {
        if (TokenValueEquals("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (Kind != TokenKind.At)
        {
            return [];
        }

        var mark = _context.Mark;
        do
        {
            var start = Here;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            _context.Push(new DirectiveNode(name, arguments, Loc(start)));
        }
        while (Kind == TokenKind.At);

        return _context.Pop<DirectiveNode>(mark);
    }

    private TypeNode ParseTypeReference()
    {
        var start = Here;
        TypeNode type;
        if (Kind == TokenKind.LeftBracket)
        {
            Enter();
            Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            Leave();
            type = new ListTypeNode(itemType, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Here;
        var name = ParseName();
        return new NamedTypeNode(name, Loc(start));
    }
}
