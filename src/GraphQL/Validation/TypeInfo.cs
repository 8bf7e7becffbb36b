using System.Runtime.CompilerServices;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Tracks the schema types in scope while a document is walked, as graphql-js's <c>TypeInfo</c> does:
/// the output type and parent composite type of the current selection, the field definition, the input
/// type (and its parent) of the current value, whether that position has a default value, and the
/// current directive and argument. The traversal calls the <c>Enter</c>/<c>Leave</c> methods; rules
/// read the properties.
/// </summary>
public sealed class TypeInfo
{
    private readonly ArrayStack<GraphQLType?> _typeStack = new();
    private readonly ArrayStack<NamedType?> _parentTypeStack = new();
    private readonly ArrayStack<FieldDefinition?> _fieldDefStack = new();
    private readonly ArrayStack<GraphQLType?> _inputTypeStack = new();
    private readonly ArrayStack<bool> _defaultValueStack = new();

    /// <summary>Creates a tracker for <paramref name="schema"/>.</summary>
    public TypeInfo(Schema schema)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
    }

    /// <summary>The schema types are resolved against.</summary>
    public Schema Schema { get; }

    /// <summary>The output type of the current field, fragment or operation; null when unknown.</summary>
    public GraphQLType? Type => _typeStack.Top;

    /// <summary>The composite type whose selection set is being walked; null when unknown.</summary>
    public NamedType? ParentType => _parentTypeStack.Top;

    /// <summary>The definition of the current field; null when unknown.</summary>
    public FieldDefinition? FieldDefinition => _fieldDefStack.Top;

    /// <summary>The input type expected at the current value position; null when unknown.</summary>
    public GraphQLType? InputType => _inputTypeStack.Top;

    /// <summary>The input type of the enclosing value position (the list or input object); null when unknown.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.BelowTop;

    /// <summary>True when the current argument or input field position has a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Top;

    /// <summary>The definition of the current directive; null outside directives or when unknown.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the current argument; null outside arguments or when unknown.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The definition of the current enum value; null when unknown.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Resolves a type reference of the document against the schema; null when its named type is unknown.</summary>
    public static GraphQLType? TypeFromSyntax(Schema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (typeNode)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                var item = TypeFromSyntax(schema, list.Type);
                return item is null ? null : new ListType(item);
            case NonNullTypeNode nonNull:
                var inner = TypeFromSyntax(schema, nonNull.Type);
                return inner is null or NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }

    /// <summary>The definition of a field selected on <paramref name="parentType"/>, meta-fields included.</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType? parentType, string name)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (parentType is null)
        {
            return null;
        }

        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (ReferenceEquals(parentType, schema.Query))
            {
                if (name == "__schema")
                {
                    return IntrospectionTypes.SchemaField;
                }

                if (name == "__type")
                {
                    return IntrospectionTypes.TypeField;
                }
            }

            if (name == "__typename" && parentType.IsCompositeType)
            {
                return IntrospectionTypes.TypeNameField;
            }
        }

        return parentType switch
        {
            ObjectType objectType => objectType.Fields.Find(name),
            InterfaceType interfaceType => interfaceType.Fields.Find(name),
            _ => null,
        };
    }

    /// <summary>Enters a selection set: its parent type is the current output type, if composite.</summary>
    public void EnterSelectionSet()
    {
        var named = Type?.GetNamedType();
        _parentTypeStack.Push(named is not null && named.IsCompositeType ? named : null);
    }

    /// <summary>Leaves a selection set.</summary>
    public void LeaveSelectionSet() => _parentTypeStack.Pop();

    /// <summary>Enters a field: looks up its definition on the parent type.</summary>
    public void EnterField(FieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var fieldDef = GetFieldDefinition(Schema, ParentType, node.Name.Value);
        _fieldDefStack.Push(fieldDef);
        var fieldType = fieldDef?.Type;
        _typeStack.Push(fieldType is not null && fieldType.IsOutputType ? fieldType : null);
    }

    /// <summary>Leaves a field.</summary>
    public void LeaveField()
    {
        _fieldDefStack.Pop();
        _typeStack.Pop();
    }

    /// <summary>Enters a directive: looks up its definition.</summary>
    public void EnterDirective(DirectiveNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Directive = Schema.GetDirective(node.Name.Value);
    }

    /// <summary>Leaves a directive.</summary>
    public void LeaveDirective() => Directive = null;

    /// <summary>Enters an operation: its type is the root type of its kind.</summary>
    public void EnterOperationDefinition(OperationDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _typeStack.Push(Schema.GetRootType(node.Operation));
    }

    /// <summary>Enters an inline fragment or fragment definition: its type is its type condition, else the current type.</summary>
    public void EnterFragment(NamedTypeNode? typeCondition)
    {
        GraphQLType? outputType = typeCondition is not null ? TypeFromSyntax(Schema, typeCondition) : Type?.GetNamedType();
        _typeStack.Push(outputType is not null && outputType.IsOutputType ? outputType : null);
    }

    /// <summary>Leaves an operation, inline fragment or fragment definition.</summary>
    public void LeaveTypedDefinition() => _typeStack.Pop();

    /// <summary>Enters a variable definition: its type is the expected input type of its default value.</summary>
    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var inputType = TypeFromSyntax(Schema, node.Type);
        _inputTypeStack.Push(inputType is not null && inputType.IsInputType ? inputType : null);
    }

    /// <summary>Leaves a variable definition.</summary>
    public void LeaveVariableDefinition() => _inputTypeStack.Pop();

    /// <summary>Enters an argument: looks it up on the current directive, else on the current field.</summary>
    public void EnterArgument(ArgumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        InputValueDefinition? argDef = null;
        if (Directive is { } directive)
        {
            argDef = directive.Arguments.Find(node.Name.Value);
        }
        else if (FieldDefinition is { } fieldDef)
        {
            argDef = fieldDef.Arguments.Find(node.Name.Value);
        }

        Argument = argDef;
        _defaultValueStack.Push(argDef is not null && argDef.HasDefaultValue);
        var argType = argDef?.Type;
        _inputTypeStack.Push(argType is not null && argType.IsInputType ? argType : null);
    }

    /// <summary>Leaves an argument.</summary>
    public void LeaveArgument()
    {
        Argument = null;
        _defaultValueStack.Pop();
        _inputTypeStack.Pop();
    }

    /// <summary>Enters a list value: items expect the list's item type.</summary>
    public void EnterListValue()
    {
        var listType = InputType?.Nullable;
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaultValueStack.Push(false);
        _inputTypeStack.Push(itemType is not null && itemType.IsInputType ? itemType : null);
    }

    /// <summary>Enters an object field: looks it up on the current input object type.</summary>
    public void EnterObjectField(ObjectFieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        InputValueDefinition? inputField = null;
        if (InputType?.GetNamedType() is InputObjectType objectType)
        {
            inputField = objectType.Fields.Find(node.Name.Value);
        }

        _defaultValueStack.Push(inputField is not null && inputField.HasDefaultValue);
        var fieldType = inputField?.Type;
        _inputTypeStack.Push(fieldType is not null && fieldType.IsInputType ? fieldType : null);
    }

    /// <summary>Leaves a list value or an object field.</summary>
    public void LeaveListValueOrObjectField()
    {
        _defaultValueStack.Pop();
        _inputTypeStack.Pop();
    }

    /// <summary>Enters an enum value literal.</summary>
    public void EnterEnumValue(EnumValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.Values.Find(node.Value) : null;
    }

    /// <summary>Leaves an enum value literal.</summary>
    public void LeaveEnumValue() => EnumValue = null;
}
