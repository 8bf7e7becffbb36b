namespace Gateway.GraphQL.Language;

internal ref partial struct Utf8GraphQLParser
{
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var mark = _context.Mark;
        do
        {
            _context.Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        var operationTypes = _context.Pop<OperationTypeDefinitionNode>(mark);
        return new SchemaDefinitionNode(description, directives, operationTypes, Loc(start));
    }

    private OperationTypeDefinitionNode[] ParseOptionalOperationTypes()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var mark = _context.Mark;
        do
        {
            _context.Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _context.Pop<OperationTypeDefinitionNode>(mark);
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Here;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, Loc(start));
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, Loc(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? ParseNamedTypes(TokenKind.Ampersand) : [];

    /// <summary>Named types separated by a delimiter, which may also lead.</summary>
    private NamedTypeNode[] ParseNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var mark = _context.Mark;
        do
        {
            _context.Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return _context.Pop<NamedTypeNode>(mark);
    }

    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var mark = _context.Mark;
        do
        {
            _context.Push(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _context.Pop<FieldDefinitionNode>(mark);
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, Loc(start));
    }

    /// <summary>Argument definitions in parentheses, or input fields in braces; none when the opener is absent.</summary>
    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var mark = _context.Mark;
        do
        {
            _context.Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return _context.Pop<InputValueDefinitionNode>(mark);
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, Loc(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, Loc(start));
    }

    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equal) ? ParseNamedTypes(TokenKind.Pipe) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, Loc(start));
    }

    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var mark = _context.Mark;
        do
        {
            var start = Here;
            var description = ParseDescription();
            if (TokenValueEquals("true") || TokenValueEquals("false") || TokenValueEquals("null"))
            {
                throw _reader.ErrorAtToken(_reader.Describe(_redactValues) + " is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            _context.Push(new EnumValueDefinitionNode(description, name, directives, Loc(start)));
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _context.Pop<EnumValueDefinitionNode>(mark);
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, Loc(start));
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptional(TokenKind.Pipe);
        var mark = _context.Mark;
        do
        {
            var token = _reader;
            var location = ParseName();
            if (Array.IndexOf(DirectiveLocationNames, location.Value) < 0)
            {
                throw Unexpected(token);
            }

            _context.Push(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        var locations = _context.Pop<NameNode>(mark);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, Loc(start));
    }

    private DefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _reader;
        keyword.Read();
        if (keyword.Kind == TokenKind.Name)
        {
            var name = keyword.RawValue;
            if (name.SequenceEqual("schema"u8))
            {
                return ParseSchemaExtension();
            }

            if (name.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeExtension();
            }

            if (name.SequenceEqual("type"u8))
            {
                return ParseObjectTypeExtension();
            }

            if (name.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeExtension();
            }

            if (name.SequenceEqual("union"u8))
            {
                return ParseUnionTypeExtension();
            }

            if (name.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeExtension();
            }

            if (name.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseOptionalOperationTypes();
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, Loc(start));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, Loc(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, Loc(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
    }
}
