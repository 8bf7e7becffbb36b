using System.Runtime.CompilerServices;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Walks a document once, in graphql-js's visiting order (descriptions excluded), keeping
/// <see cref="TypeInfo"/> up to date and calling every rule's handlers for each node in rule order:
/// the parallel visitor of graphql-js's <c>validate</c>. Type information is entered before the rules'
/// enter handlers and left after their leave handlers.
/// </summary>
internal sealed class DocumentTraversal
{
    private readonly ValidationRule[] _rules;
    private readonly ValidationRule[][] _handlers;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationContext _context;
    private int _skipping;

    public DocumentTraversal(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _rules = [.. rules];
        var lists = new List<ValidationRule>[VisitorEvents.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        foreach (var rule in _rules)
        {
            var handled = VisitorEvents.Of(rule.GetType());
            for (var i = 0; i < handled.Length; i++)
            {
                if (handled[i])
                {
                    lists[i].Add(rule);
                }
            }
        }

        _handlers = new ValidationRule[VisitorEvents.Count][];
        for (var i = 0; i < lists.Length; i++)
        {
            _handlers[i] = [.. lists[i]];
        }
    }

    public void VisitDocument(DocumentNode document)
    {
        foreach (var rule in Handlers(VisitorEvent.EnterDocument))
        {
            if (rule.Skipping is null)
            {
                rule.EnterDocument(document);
                AfterEnter(rule, document);
            }
        }

        foreach (var definition in document.Definitions)
        {
            _context.CurrentDefinition = definition;
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    VisitOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    VisitFragmentDefinition(fragment);
                    break;
                default:
                    VisitTypeSystemDefinition(definition);
                    break;
            }
        }

        _context.CurrentDefinition = null;
        foreach (var rule in Handlers(VisitorEvent.LeaveDocument))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveDocument(document);
            }
        }

        Release(document);
    }

    private ValidationRule[] Handlers(VisitorEvent visitorEvent) => _handlers[(int)visitorEvent];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AfterEnter(ValidationRule rule, SyntaxNode node)
    {
        if (rule.SkipRequested)
        {
            rule.SkipRequested = false;
            rule.Skipping = node;
            _skipping++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Release(SyntaxNode node)
    {
        if (_skipping > 0)
        {
            ReleaseSlow(node);
        }
    }

    private void ReleaseSlow(SyntaxNode node)
    {
        foreach (var rule in _rules)
        {
            if (ReferenceEquals(rule.Skipping, node))
            {
                rule.Skipping = null;
                _skipping--;
            }
        }
    }

    private void VisitOperation(OperationDefinitionNode node)
    {
        _typeInfo.EnterOperationDefinition(node);
        foreach (var rule in Handlers(VisitorEvent.EnterOperationDefinition))
        {
            if (rule.Skipping is null)
            {
                rule.EnterOperationDefinition(node);
                AfterEnter(rule, node);
            }
        }

        foreach (var variableDefinition in node.VariableDefinitions)
        {
            VisitVariableDefinition(variableDefinition);
        }

        VisitDirectives(node.Directives, node.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        });
        VisitSelectionSet(node.SelectionSet, node);
        foreach (var rule in Handlers(VisitorEvent.LeaveOperationDefinition))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveOperationDefinition(node);
            }
        }

        Release(node);
        _typeInfo.LeaveTypedDefinition();
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in Handlers(VisitorEvent.EnterFragmentDefinition))
        {
            if (rule.Skipping is null)
            {
                rule.EnterFragmentDefinition(node);
                AfterEnter(rule, node);
            }
        }

        VisitNamedType(node.TypeCondition);
        VisitDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        VisitSelectionSet(node.SelectionSet, node);
        foreach (var rule in Handlers(VisitorEvent.LeaveFragmentDefinition))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveFragmentDefinition(node);
            }
        }

        Release(node);
        _typeInfo.LeaveTypedDefinition();
    }

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        foreach (var rule in Handlers(VisitorEvent.EnterVariableDefinition))
        {
            if (rule.Skipping is null)
            {
                rule.EnterVariableDefinition(node);
                AfterEnter(rule, node);
            }
        }

        VisitType(node.Type);
        if (node.DefaultValue is { } defaultValue)
        {
            VisitValue(defaultValue);
        }

        VisitDirectives(node.Directives, DirectiveLocation.VariableDefinition);
        foreach (var rule in Handlers(VisitorEvent.LeaveVariableDefinition))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveVariableDefinition(node);
            }
        }

        Release(node);
        _typeInfo.LeaveVariableDefinition();
    }

    private void VisitSelectionSet(SelectionSetNode node, SyntaxNode parent)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        _typeInfo.EnterSelectionSet();
        foreach (var rule in Handlers(VisitorEvent.EnterSelectionSet))
        {
            if (rule.Skipping is null)
            {
                rule.EnterSelectionSet(node, parent);
                AfterEnter(rule, node);
            }
        }

        var selections = node.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    VisitField(field);
                    break;
                case FragmentSpreadNode spread:
                    VisitFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    VisitInlineFragment(inline);
                    break;
            }
        }

        foreach (var rule in Handlers(VisitorEvent.LeaveSelectionSet))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveSelectionSet(node, parent);
            }
        }

        Release(node);
        _typeInfo.LeaveSelectionSet();
    }

    private void VisitField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (var rule in Handlers(VisitorEvent.EnterField))
        {
            if (rule.Skipping is null)
            {
                rule.EnterField(node);
                AfterEnter(rule, node);
            }
        }

        var arguments = node.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            VisitArgument(arguments[i]);
        }

        VisitDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            VisitSelectionSet(selectionSet, node);
        }

        foreach (var rule in Handlers(VisitorEvent.LeaveField))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveField(node);
            }
        }

        Release(node);
        _typeInfo.LeaveField();
    }

    private void VisitFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var rule in Handlers(VisitorEvent.EnterFragmentSpread))
        {
            if (rule.Skipping is null)
            {
                rule.EnterFragmentSpread(node);
                AfterEnter(rule, node);
            }
        }

        VisitDirectives(node.Directives, DirectiveLocation.FragmentSpread);
        foreach (var rule in Handlers(VisitorEvent.LeaveFragmentSpread))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveFragmentSpread(node);
            }
        }

        Release(node);
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in Handlers(VisitorEvent.EnterInlineFragment))
        {
            if (rule.Skipping is null)
            {
                rule.EnterInlineFragment(node);
                AfterEnter(rule, node);
            }
        }

        if (node.TypeCondition is { } typeCondition)
        {
            VisitNamedType(typeCondition);
        }

        VisitDirectives(node.Directives, DirectiveLocation.InlineFragment);
        VisitSelectionSet(node.SelectionSet, node);
        foreach (var rule in Handlers(VisitorEvent.LeaveInlineFragment))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveInlineFragment(node);
            }
        }

        Release(node);
        _typeInfo.LeaveTypedDefinition();
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        for (var i = 0; i < directives.Count; i++)
        {
            _context.DirectiveLocation = location;
            VisitDirective(directives[i]);
        }

        _context.DirectiveLocation = null;
    }

    private void VisitDirective(DirectiveNode node)
    {
        _typeInfo.EnterDirective(node);
        foreach (var rule in Handlers(VisitorEvent.EnterDirective))
        {
            if (rule.Skipping is null)
            {
                rule.EnterDirective(node);
                AfterEnter(rule, node);
            }
        }

        var arguments = node.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            VisitArgument(arguments[i]);
        }

        foreach (var rule in Handlers(VisitorEvent.LeaveDirective))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveDirective(node);
            }
        }

        Release(node);
        _typeInfo.LeaveDirective();
    }

    private void VisitArgument(ArgumentNode node)
    {
        _typeInfo.EnterArgument(node);
        foreach (var rule in Handlers(VisitorEvent.EnterArgument))
        {
            if (rule.Skipping is null)
            {
                rule.EnterArgument(node);
                AfterEnter(rule, node);
            }
        }

        VisitValue(node.Value);
        foreach (var rule in Handlers(VisitorEvent.LeaveArgument))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveArgument(node);
            }
        }

        Release(node);
        _typeInfo.LeaveArgument();
    }

    private void VisitValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                foreach (var rule in Handlers(VisitorEvent.EnterVariable))
                {
                    if (rule.Skipping is null)
                    {
                        rule.EnterVariable(variable);
                        AfterEnter(rule, node);
                    }
                }

                Release(node);
                break;
            case ListValueNode list:
                VisitListValue(list);
                break;
            case ObjectValueNode objectValue:
                VisitObjectValue(objectValue);
                break;
            case NullValueNode nullValue:
                foreach (var rule in Handlers(VisitorEvent.EnterNullValue))
                {
                    if (rule.Skipping is null)
                    {
                        rule.EnterNullValue(nullValue);
                        AfterEnter(rule, node);
                    }
                }

                Release(node);
                break;
            case EnumValueNode enumValue:
                _typeInfo.EnterEnumValue(enumValue);
                VisitScalarValue(node);
                _typeInfo.LeaveEnumValue();
                break;
            default:
                VisitScalarValue(node);
                break;
        }
    }

    private void VisitScalarValue(ValueNode node)
    {
        foreach (var rule in Handlers(VisitorEvent.EnterScalarValue))
        {
            if (rule.Skipping is null)
            {
                rule.EnterScalarValue(node);
                AfterEnter(rule, node);
            }
        }

        Release(node);
    }

    private void VisitListValue(ListValueNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        _typeInfo.EnterListValue();
        foreach (var rule in Handlers(VisitorEvent.EnterListValue))
        {
            if (rule.Skipping is null)
            {
                rule.EnterListValue(node);
                AfterEnter(rule, node);
            }
        }

        var values = node.Values;
        for (var i = 0; i < values.Count; i++)
        {
            VisitValue(values[i]);
        }

        foreach (var rule in Handlers(VisitorEvent.LeaveListValue))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveListValue(node);
            }
        }

        Release(node);
        _typeInfo.LeaveListValueOrObjectField();
    }

    private void VisitObjectValue(ObjectValueNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var rule in Handlers(VisitorEvent.EnterObjectValue))
        {
            if (rule.Skipping is null)
            {
                rule.EnterObjectValue(node);
                AfterEnter(rule, node);
            }
        }

        var fields = node.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            VisitObjectField(fields[i]);
        }

        foreach (var rule in Handlers(VisitorEvent.LeaveObjectValue))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveObjectValue(node);
            }
        }

        Release(node);
    }

    private void VisitObjectField(ObjectFieldNode node)
    {
        _typeInfo.EnterObjectField(node);
        foreach (var rule in Handlers(VisitorEvent.EnterObjectField))
        {
            if (rule.Skipping is null)
            {
                rule.EnterObjectField(node);
                AfterEnter(rule, node);
            }
        }

        VisitValue(node.Value);
        foreach (var rule in Handlers(VisitorEvent.LeaveObjectField))
        {
            if (rule.Skipping is null)
            {
                rule.LeaveObjectField(node);
            }
        }

        Release(node);
        _typeInfo.LeaveListValueOrObjectField();
    }

    private void VisitType(TypeNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case NamedTypeNode named:
                VisitNamedType(named);
                break;
            case ListTypeNode list:
                VisitType(list.Type);
                break;
            case NonNullTypeNode nonNull:
                VisitType(nonNull.Type);
                break;
        }
    }

    private void VisitNamedType(NamedTypeNode node)
    {
        foreach (var rule in Handlers(VisitorEvent.EnterNamedType))
        {
            if (rule.Skipping is null)
            {
                rule.EnterNamedType(node);
                AfterEnter(rule, node);
            }
        }

        Release(node);
    }

    // Type-system definitions are not executable (ExecutableDefinitionsRule reports them), but graphql-js
    // still walks them with every rule, so type references and directives inside them are checked too.
    private void VisitTypeSystemDefinition(DefinitionNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                EnterTypeSystemNode(schema, schema.Directives);
                VisitDirectives(schema.Directives, DirectiveLocation.Schema);
                VisitOperationTypes(schema.OperationTypes);
                Release(schema);
                break;
            case SchemaExtensionNode schema:
                EnterTypeSystemNode(schema, schema.Directives);
                VisitDirectives(schema.Directives, DirectiveLocation.Schema);
                VisitOperationTypes(schema.OperationTypes);
                Release(schema);
                break;
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                VisitTypeDefinition(node, DirectiveLocation.Scalar, null, null, null, null, null, null);
                break;
            case ObjectTypeDefinitionNode type:
                VisitTypeDefinition(node, DirectiveLocation.Object, type.Interfaces, type.Fields, null, null, null, null);
                break;
            case ObjectTypeExtensionNode type:
                VisitTypeDefinition(node, DirectiveLocation.Object, type.Interfaces, type.Fields, null, null, null, null);
                break;
            case InterfaceTypeDefinitionNode type:
                VisitTypeDefinition(node, DirectiveLocation.Interface, type.Interfaces, type.Fields, null, null, null, null);
                break;
            case InterfaceTypeExtensionNode type:
                VisitTypeDefinition(node, DirectiveLocation.Interface, type.Interfaces, type.Fields, null, null, null, null);
                break;
            case UnionTypeDefinitionNode type:
                VisitTypeDefinition(node, DirectiveLocation.Union, null, null, type.Types, null, null, null);
                break;
            case UnionTypeExtensionNode type:
                VisitTypeDefinition(node, DirectiveLocation.Union, null, null, type.Types, null, null, null);
                break;
            case EnumTypeDefinitionNode type:
                VisitTypeDefinition(node, DirectiveLocation.Enum, null, null, null, type.Values, null, null);
                break;
            case EnumTypeExtensionNode type:
                VisitTypeDefinition(node, DirectiveLocation.Enum, null, null, null, type.Values, null, null);
                break;
            case InputObjectTypeDefinitionNode type:
                VisitTypeDefinition(node, DirectiveLocation.InputObject, null, null, null, null, type.Fields, DirectiveLocation.InputFieldDefinition);
                break;
            case InputObjectTypeExtensionNode type:
                // graphql-js tells input fields from arguments by the definition kind only, so fields of an
                // input object extension count as argument definitions.
                VisitTypeDefinition(node, DirectiveLocation.InputObject, null, null, null, null, type.Fields, DirectiveLocation.ArgumentDefinition);
                break;
            case DirectiveDefinitionNode directive:
                foreach (var argument in directive.Arguments)
                {
                    VisitInputValueDefinition(argument, DirectiveLocation.ArgumentDefinition);
                }

                break;
        }
    }

    private void VisitOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            VisitNamedType(operationType.Type);
        }
    }

    private void VisitTypeDefinition(
        DefinitionNode node,
        DirectiveLocation location,
        IReadOnlyList<NamedTypeNode>? interfaces,
        IReadOnlyList<FieldDefinitionNode>? fields,
        IReadOnlyList<NamedTypeNode>? members,
        IReadOnlyList<EnumValueDefinitionNode>? values,
        IReadOnlyList<InputValueDefinitionNode>? inputFields,
        DirectiveLocation? inputFieldLocation)
    {
        var directives = node is TypeDefinitionNode definition ? definition.Directives : ((TypeExtensionNode)node).Directives;
        EnterTypeSystemNode(node, directives);
        if (interfaces is not null)
        {
            foreach (var item in interfaces)
            {
                VisitNamedType(item);
            }
        }

        VisitDirectives(directives, location);
        if (fields is not null)
        {
            foreach (var field in fields)
            {
                EnterTypeSystemNode(field, field.Directives);
                foreach (var argument in field.Arguments)
                {
                    VisitInputValueDefinition(argument, DirectiveLocation.ArgumentDefinition);
                }

                VisitType(field.Type);
                VisitDirectives(field.Directives, DirectiveLocation.FieldDefinition);
                Release(field);
            }
        }

        if (members is not null)
        {
            foreach (var member in members)
            {
                VisitNamedType(member);
            }
        }

        if (values is not null)
        {
            foreach (var value in values)
            {
                EnterTypeSystemNode(value, value.Directives);
                VisitDirectives(value.Directives, DirectiveLocation.EnumValue);
                Release(value);
            }
        }

        if (inputFields is not null)
        {
            foreach (var inputField in inputFields)
            {
                VisitInputValueDefinition(inputField, inputFieldLocation!.Value);
            }
        }

        Release(node);
    }

    private void VisitInputValueDefinition(InputValueDefinitionNode node, DirectiveLocation location)
    {
        EnterTypeSystemNode(node, node.Directives);
        VisitType(node.Type);
        if (node.DefaultValue is { } defaultValue)
        {
            VisitValue(defaultValue);
        }

        VisitDirectives(node.Directives, location);
        Release(node);
    }

    private void EnterTypeSystemNode(SyntaxNode node, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var rule in Handlers(VisitorEvent.EnterTypeSystemNode))
        {
            if (rule.Skipping is null)
            {
                rule.EnterTypeSystemNode(node, directives);
                AfterEnter(rule, node);
            }
        }
    }
}
