using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// The engine of <see cref="SyntaxPrinter"/>. It writes straight into one builder and indents every line break by
/// the current depth, which is what graphql-js's printer amounts to; the few layout decisions that depend on
/// printed text (wrapping arguments, multi-line argument and variable lists) print the items first.
/// </summary>
internal sealed class SyntaxWriter
{
    private const int MaxLineLength = 80;

    private readonly StringBuilder _builder = new();
    private int _indent;

    public override string ToString() => _builder.ToString();

    public void Write(SyntaxNode node)
    {
        switch (node)
        {
            case NameNode name:
                _builder.Append(name.Value);
                break;
            case VariableNode variable:
                _builder.Append('$').Append(variable.Name.Value);
                break;
            case DocumentNode document:
                WriteList(document.Definitions, "\n\n");
                break;
            case OperationDefinitionNode operation:
                WriteOperation(operation);
                break;
            case VariableDefinitionNode variableDefinition:
                WriteDescription(variableDefinition.Description);
                Write(variableDefinition.Variable);
                _builder.Append(": ");
                Write(variableDefinition.Type);
                WriteDefaultValue(variableDefinition.DefaultValue);
                WriteDirectives(variableDefinition.Directives);
                break;
            case SelectionSetNode selectionSet:
                WriteBlock(selectionSet.Selections);
                break;
            case FieldNode field:
                WriteField(field);
                break;
            case ArgumentNode argument:
                Write(argument.Name);
                _builder.Append(": ");
                Write(argument.Value);
                break;
            case FragmentSpreadNode spread:
                _builder.Append("...");
                Write(spread.Name);
                WriteDirectives(spread.Directives);
                break;
            case InlineFragmentNode inline:
                _builder.Append("...");
                if (inline.TypeCondition is not null)
                {
                    _builder.Append(" on ");
                    Write(inline.TypeCondition);
                }

                WriteDirectives(inline.Directives);
                WriteSpacedBlock(inline.SelectionSet.Selections);
                break;
            case FragmentDefinitionNode fragment:
                WriteDescription(fragment.Description);
                _builder.Append("fragment ");
                Write(fragment.Name);
                _builder.Append(" on ");
                Write(fragment.TypeCondition);
                _builder.Append(' ');
                if (fragment.Directives.Count > 0)
                {
                    WriteList(fragment.Directives, " ");
                    _builder.Append(' ');
                }

                Write(fragment.SelectionSet);
                break;
            case IntValueNode intValue:
                _builder.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                _builder.Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                if (stringValue.Block)
                {
                    WriteText(BlockStrings.Print(stringValue.Value));
                }
                else
                {
                    StringValues.Write(_builder, stringValue.Value);
                }

                break;
            case BooleanValueNode booleanValue:
                _builder.Append(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                _builder.Append("null");
                break;
            case EnumValueNode enumValue:
                _builder.Append(enumValue.Value);
                break;
            case ListValueNode list:
                _builder.Append('[');
                WriteList(list.Values, ", ");
                _builder.Append(']');
                break;
            case ObjectValueNode objectValue:
                _builder.Append('{');
                WriteList(objectValue.Fields, ", ");
                _builder.Append('}');
                break;
            case ObjectFieldNode objectField:
                Write(objectField.Name);
                _builder.Append(": ");
                Write(objectField.Value);
                break;
            case DirectiveNode directive:
                _builder.Append('@');
                Write(directive.Name);
                if (directive.Arguments.Count > 0)
                {
                    _builder.Append('(');
                    WriteList(directive.Arguments, ", ");
                    _builder.Append(')');
                }

                break;
            case NamedTypeNode namedType:
                Write(namedType.Name);
                break;
            case ListTypeNode listType:
                _builder.Append('[');
                Write(listType.Type);
                _builder.Append(']');
                break;
            case NonNullTypeNode nonNullType:
                Write(nonNullType.Type);
                _builder.Append('!');
                break;
            default:
                WriteTypeSystem(node);
                break;
        }
    }

    private void WriteTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                _builder.Append("schema");
                WriteDirectives(schema.Directives);
                WriteSpacedBlock(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                _builder.Append(Keyword(operationType.Operation)).Append(": ");
                Write(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteDescription(scalar.Description);
                WriteHead("scalar ", scalar.Name, scalar.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                WriteDescription(objectType.Description);
                WriteHead("type ", objectType.Name, objectType.Interfaces, objectType.Directives, objectType.Fields);
                break;
            case FieldDefinitionNode field:
                WriteDescription(field.Description);
                Write(field.Name);
                WriteArgumentDefinitions(field.Arguments);
                _builder.Append(": ");
                Write(field.Type);
                WriteDirectives(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                WriteDescription(inputValue.Description);
                Write(inputValue.Name);
                _builder.Append(": ");
                Write(inputValue.Type);
                WriteDefaultValue(inputValue.DefaultValue);
                WriteDirectives(inputValue.Directives);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WriteDescription(interfaceType.Description);
                WriteHead("interface ", interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteDescription(union.Description);
                WriteHead("union ", union.Name, union.Directives);
                WriteUnionMembers(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteDescription(enumType.Description);
                WriteHead("enum ", enumType.Name, enumType.Directives);
                WriteSpacedBlock(enumType.Values);
                break;
            case EnumValueDefinitionNode enumValue:
                WriteDescription(enumValue.Description);
                Write(enumValue.Name);
                WriteDirectives(enumValue.Directives);
                break;
            case InputObjectTypeDefinitionNode inputType:
                WriteDescription(inputType.Description);
                WriteHead("input ", inputType.Name, inputType.Directives);
                WriteSpacedBlock(inputType.Fields);
                break;
            case DirectiveDefinitionNode directive:
                WriteDescription(directive.Description);
                _builder.Append("directive @");
                Write(directive.Name);
                WriteArgumentDefinitions(directive.Arguments);
                if (directive.Repeatable)
                {
                    _builder.Append(" repeatable");
                }

                _builder.Append(" on ");
                WriteList(directive.Locations, " | ");
                break;
            case SchemaExtensionNode schema:
                _builder.Append("extend schema");
                WriteDirectives(schema.Directives);
                WriteSpacedBlock(schema.OperationTypes);
                break;
            case ScalarTypeExtensionNode scalar:
                WriteHead("extend scalar ", scalar.Name, scalar.Directives);
                break;
            case ObjectTypeExtensionNode objectType:
                WriteHead("extend type ", objectType.Name, objectType.Interfaces, objectType.Directives, objectType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                WriteHead("extend interface ", interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields);
                break;
            case UnionTypeExtensionNode union:
                WriteHead("extend union ", union.Name, union.Directives);
                WriteUnionMembers(union.Types);
                break;
            case EnumTypeExtensionNode enumType:
                WriteHead("extend enum ", enumType.Name, enumType.Directives);
                WriteSpacedBlock(enumType.Values);
                break;
            case InputObjectTypeExtensionNode inputType:
                WriteHead("extend input ", inputType.Name, inputType.Directives);
                WriteSpacedBlock(inputType.Fields);
                break;
            default:
                throw new ArgumentException("Unknown syntax node " + node.GetType().Name + ".", nameof(node));
        }
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private void WriteOperation(OperationDefinitionNode operation)
    {
        // An anonymous query with nothing but a selection set prints as the shorthand.
        if (operation.Operation == OperationType.Query && operation.Description is null && operation.Name is null &&
            operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0)
        {
            Write(operation.SelectionSet);
            return;
        }

        WriteDescription(operation.Description);
        _builder.Append(Keyword(operation.Operation));
        if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
        {
            _builder.Append(' ');
            if (operation.Name is not null)
            {
                Write(operation.Name);
            }

            WriteVariableDefinitions(operation.VariableDefinitions);
        }

        WriteDirectives(operation.Directives);
        WriteSpacedBlock(operation.SelectionSet.Selections);
    }

    private void WriteVariableDefinitions(IReadOnlyList<VariableDefinitionNode> definitions)
    {
        if (definitions.Count == 0)
        {
            return;
        }

        // graphql-js puts each variable on its own line, unindented, when any of them spans lines.
        var printed = Render(definitions);
        var multiline = AnyMultiline(printed);
        _builder.Append('(');
        for (var i = 0; i < printed.Length; i++)
        {
            if (multiline)
            {
                NewLine();
            }
            else if (i > 0)
            {
                _builder.Append(", ");
            }

            WriteText(printed[i]);
        }

        if (multiline)
        {
            NewLine();
        }

        _builder.Append(')');
    }

    private void WriteField(FieldNode field)
    {
        var prefixLength = field.Name.Value.Length;
        if (field.Alias is not null)
        {
            Write(field.Alias);
            _builder.Append(": ");
            prefixLength += field.Alias.Value.Length + 2;
        }

        Write(field.Name);
        if (field.Arguments.Count > 0)
        {
            var printed = Render(field.Arguments);
            var length = prefixLength + 2 + (2 * (printed.Length - 1));
            foreach (var argument in printed)
            {
                length += argument.Length;
            }

            WriteItems(printed, length > MaxLineLength);
        }

        WriteDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            WriteSpacedBlock(field.SelectionSet.Selections);
        }
    }

    private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var printed = Render(arguments);
        WriteItems(printed, AnyMultiline(printed));
    }

    /// <summary>Parenthesized items: <c>(a, b)</c>, or one indented item per line.</summary>
    private void WriteItems(string[] printed, bool multiline)
    {
        _builder.Append('(');
        if (multiline)
        {
            _indent++;
            foreach (var item in printed)
            {
                NewLine();
                WriteText(item);
            }

            _indent--;
            NewLine();
        }
        else
        {
            for (var i = 0; i < printed.Length; i++)
            {
                if (i > 0)
                {
                    _builder.Append(", ");
                }

                WriteText(printed[i]);
            }
        }

        _builder.Append(')');
    }

    private static bool AnyMultiline(string[] printed)
    {
        foreach (var text in printed)
        {
            if (text.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Render<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            var writer = new SyntaxWriter();
            writer.Write(nodes[i]);
            printed[i] = writer.ToString();
        }

        return printed;
    }

    private void WriteHead(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        _builder.Append(keyword);
        Write(name);
        WriteDirectives(directives);
    }

    private void WriteHead(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        _builder.Append(keyword);
        Write(name);
        if (interfaces.Count > 0)
        {
            _builder.Append(" implements ");
            WriteList(interfaces, " & ");
        }

        WriteDirectives(directives);
        WriteSpacedBlock(fields);
    }

    private void WriteUnionMembers(IReadOnlyList<NamedTypeNode> types)
    {
        if (types.Count > 0)
        {
            _builder.Append(" = ");
            WriteList(types, " | ");
        }
    }

    private void WriteDescription(StringValueNode? description)
    {
        if (description is not null)
        {
            Write(description);
            NewLine();
        }
    }

    private void WriteDefaultValue(ValueNode? value)
    {
        if (value is not null)
        {
            _builder.Append(" = ");
            Write(value);
        }
    }

    private void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count > 0)
        {
            _builder.Append(' ');
            WriteList(directives, " ");
        }
    }

    private void WriteList<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                WriteText(separator);
            }

            Write(nodes[i]);
        }
    }

    /// <summary>A space and a block, when the block has items.</summary>
    private void WriteSpacedBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count > 0)
        {
            _builder.Append(' ');
            WriteBlock(items);
        }
    }

    /// <summary><c>{</c>, each item on its own indented line, <c>}</c>; nothing when there are no items.</summary>
    private void WriteBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        _builder.Append('{');
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Write(item);
        }

        _indent--;
        NewLine();
        _builder.Append('}');
    }

    private void NewLine() => _builder.Append('\n').Append(' ', _indent * 2);

    /// <summary>Appends text whose line breaks take the current indentation.</summary>
    private void WriteText(string text)
    {
        if (_indent == 0)
        {
            _builder.Append(text);
            return;
        }

        var start = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', start);
            if (newline < 0)
            {
                _builder.Append(text, start, text.Length - start);
                return;
            }

            _builder.Append(text, start, newline - start);
            NewLine();
            start = newline + 1;
        }
    }
}
