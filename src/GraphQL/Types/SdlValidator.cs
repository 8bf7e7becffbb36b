using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types;

/// <summary>
/// The checks graphql-js runs on an SDL document before building a schema from it (<c>assertValidSDL</c>,
/// the <c>specifiedSDLRules</c>): unique schema definition, operation types, type, field, argument,
/// enum value and directive names; known types, directives and directive arguments; directive
/// locations and repetition; required directive arguments; extensions of defined types of the same kind.
/// The document is walked once, depth first, each node checked by the rules in graphql-js's order, so
/// that errors come in the order graphql-js reports them. Executable definitions are ignored.
/// </summary>
internal sealed class SdlValidator
{
    private static readonly string[] StandardTypeNames =
        [.. BuiltInScalars.All.Select(t => t.Name), .. IntrospectionTypes.All.Select(t => t.Name)];

    private readonly List<string> _errors = [];
    private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);
    private readonly List<string> _definedTypeNames = [];
    private readonly Dictionary<string, DirectiveInfo> _directives = new(StringComparer.Ordinal);

    // State of the uniqueness rules.
    private readonly HashSet<OperationType> _operationTypes = [];
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directiveNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _enumValueNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _fieldNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _typeDirectives = new(StringComparer.Ordinal);
    private int _schemaDefinitions;

    private SdlValidator(DocumentNode document)
    {
        foreach (var directive in BuiltInDirectives.All)
        {
            _directives[directive.Name] = new DirectiveInfo(
                directive.Locations,
                directive.IsRepeatable,
                directive.Arguments.Select(a => a.Name).ToList(),
                directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList());
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    if (!_definedTypes.ContainsKey(type.Name.Value))
                    {
                        _definedTypeNames.Add(type.Name.Value);
                    }

                    _definedTypes[type.Name.Value] = type;
                    break;
                case DirectiveDefinitionNode directive:
                    var locations = new List<DirectiveLocation>();
                    foreach (var name in directive.Locations)
                    {
                        if (DirectiveLocations.TryParse(name.Value, out var location))
                        {
                            locations.Add(location);
                        }
                    }

                    _directives[directive.Name.Value] = new DirectiveInfo(
                        locations,
                        directive.Repeatable,
                        directive.Arguments.Select(a => a.Name.Value).ToList(),
                        directive.Arguments
                            .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                            .Select(a => (a.Name.Value, SyntaxPrinter.Print(a.Type)))
                            .ToList());
                    break;
            }
        }
    }

    /// <summary>The errors of <paramref name="document"/>, in graphql-js's order and words; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(DocumentNode document)
    {
        var validator = new SdlValidator(document);
        foreach (var definition in document.Definitions)
        {
            validator.VisitDefinition(definition);
        }

        return validator._errors;
    }

    private void VisitDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                if (_schemaDefinitions++ > 0)
                {
                    _errors.Add("Must provide only one schema definition.");
                }

                CheckOperationTypes(schema.OperationTypes);
                CheckRepeatedDirectives(_schemaDirectives, schema.Directives);
                VisitDirectives(schema.Directives, DirectiveLocation.Schema);
                foreach (var operationType in schema.OperationTypes)
                {
                    VisitNamedType(operationType.Type);
                }

                break;
            case SchemaExtensionNode extension:
                CheckOperationTypes(extension.OperationTypes);
                CheckRepeatedDirectives(_schemaDirectives, extension.Directives);
                VisitDirectives(extension.Directives, DirectiveLocation.Schema);
                foreach (var operationType in extension.OperationTypes)
                {
                    VisitNamedType(operationType.Type);
                }

                break;
            case TypeDefinitionNode type:
                VisitTypeDefinition(type);
                break;
            case TypeExtensionNode extension:
                VisitTypeExtension(extension);
                break;
            case DirectiveDefinitionNode directive:
                CheckArgumentDefinitions("@" + directive.Name.Value, directive.Arguments);
                if (!_directiveNames.Add(directive.Name.Value))
                {
                    _errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".");
                }

                VisitInputValues(directive.Arguments, DirectiveLocation.ArgumentDefinition);
                break;
        }
    }

    private void VisitTypeDefinition(TypeDefinitionNode type)
    {
        var name = type.Name.Value;
        if (!_typeNames.Add(name))
        {
            _errors.Add($"There can be only one type named \"{name}\".");
        }

        switch (type)
        {
            case ScalarTypeDefinitionNode:
                CheckRepeatedDirectives(TypeDirectives(name), type.Directives);
                VisitDirectives(type.Directives, DirectiveLocation.Scalar);
                break;
            case ObjectTypeDefinitionNode objectType:
                VisitFieldsContainer(name, objectType.Interfaces, objectType.Directives, objectType.Fields, DirectiveLocation.Object);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                VisitFieldsContainer(name, interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields, DirectiveLocation.Interface);
                break;
            case UnionTypeDefinitionNode union:
                VisitUnion(name, union.Directives, union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                VisitEnum(name, enumType.Directives, enumType.Values);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                VisitInputObject(name, inputObject.Directives, inputObject.Fields);
                break;
        }
    }

    private void VisitTypeExtension(TypeExtensionNode extension)
    {
        var name = extension.Name.Value;
        switch (extension)
        {
            case ScalarTypeExtensionNode:
                CheckRepeatedDirectives(TypeDirectives(name), extension.Directives);
                CheckExtension(extension, SyntaxKind.ScalarTypeDefinition, "scalar");
                VisitDirectives(extension.Directives, DirectiveLocation.Scalar);
                break;
            case ObjectTypeExtensionNode objectType:
                CheckFieldDefinitions(name, objectType.Fields);
                CheckArgumentDefinitions(name, objectType.Fields);
                CheckRepeatedDirectives(TypeDirectives(name), objectType.Directives);
                CheckExtension(extension, SyntaxKind.ObjectTypeDefinition, "object");
                VisitFieldsContent(objectType.Interfaces, objectType.Directives, objectType.Fields, DirectiveLocation.Object);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                CheckFieldDefinitions(name, interfaceType.Fields);
                CheckArgumentDefinitions(name, interfaceType.Fields);
                CheckRepeatedDirectives(TypeDirectives(name), interfaceType.Directives);
                CheckExtension(extension, SyntaxKind.InterfaceTypeDefinition, "interface");
                VisitFieldsContent(interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields, DirectiveLocation.Interface);
                break;
            case UnionTypeExtensionNode union:
                CheckRepeatedDirectives(TypeDirectives(name), union.Directives);
                CheckExtension(extension, SyntaxKind.UnionTypeDefinition, "union");
                VisitDirectives(union.Directives, DirectiveLocation.Union);
                foreach (var member in union.Types)
                {
                    VisitNamedType(member);
                }

                break;
            case EnumTypeExtensionNode enumType:
                CheckEnumValues(name, enumType.Values);
                CheckRepeatedDirectives(TypeDirectives(name), enumType.Directives);
                CheckExtension(extension, SyntaxKind.EnumTypeDefinition, "enum");
                VisitDirectives(enumType.Directives, DirectiveLocation.Enum);
                VisitEnumValues(enumType.Values);
                break;
            case InputObjectTypeExtensionNode inputObject:
                CheckInputFieldDefinitions(name, inputObject.Fields);
                CheckRepeatedDirectives(TypeDirectives(name), inputObject.Directives);
                CheckExtension(extension, SyntaxKind.InputObjectTypeDefinition, "input object");
                VisitDirectives(inputObject.Directives, DirectiveLocation.InputObject);
                VisitInputValues(inputObject.Fields, DirectiveLocation.InputFieldDefinition);
                break;
        }
    }

    private void VisitFieldsContainer(string name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, DirectiveLocation location)
    {
        CheckFieldDefinitions(name, fields);
        CheckArgumentDefinitions(name, fields);
        CheckRepeatedDirectives(TypeDirectives(name), directives);
        VisitFieldsContent(interfaces, directives, fields, location);
    }

    private void VisitFieldsContent(IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, DirectiveLocation location)
    {
        foreach (var item in interfaces)
        {
            VisitNamedType(item);
        }

        VisitDirectives(directives, location);
        foreach (var field in fields)
        {
            CheckRepeatedDirectives([], field.Directives);
            VisitInputValues(field.Arguments, DirectiveLocation.ArgumentDefinition);
            VisitType(field.Type);
            VisitDirectives(field.Directives, DirectiveLocation.FieldDefinition);
        }
    }

    private void VisitUnion(string name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> members)
    {
        CheckRepeatedDirectives(TypeDirectives(name), directives);
        VisitDirectives(directives, DirectiveLocation.Union);
        foreach (var member in members)
        {
            VisitNamedType(member);
        }
    }

    private void VisitEnum(string name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        CheckEnumValues(name, values);
        CheckRepeatedDirectives(TypeDirectives(name), directives);
        VisitDirectives(directives, DirectiveLocation.Enum);
        VisitEnumValues(values);
    }

    private void VisitEnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            CheckRepeatedDirectives([], value.Directives);
            VisitDirectives(value.Directives, DirectiveLocation.EnumValue);
        }
    }

    private void VisitInputObject(string name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        CheckInputFieldDefinitions(name, fields);
        CheckRepeatedDirectives(TypeDirectives(name), directives);
        VisitDirectives(directives, DirectiveLocation.InputObject);
        VisitInputValues(fields, DirectiveLocation.InputFieldDefinition);
    }

    // Arguments and input fields. graphql-js takes the fields of an input object *extension* for
    // arguments when it checks directive locations; here they are input fields wherever they stand.
    private void VisitInputValues(IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            CheckRepeatedDirectives([], value.Directives);
            VisitType(value.Type);
            if (value.DefaultValue is not null)
            {
                VisitValue(value.DefaultValue);
            }

            VisitDirectives(value.Directives, location);
        }
    }

    private void VisitType(TypeNode type)
    {
        switch (type)
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

    // KnownTypeNames.
    private void VisitNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_definedTypes.ContainsKey(name) || StandardTypeNames.Contains(name, StringComparer.Ordinal))
        {
            return;
        }

        var suggestions = Suggestions.SuggestionList(name, StandardTypeNames.Concat(_definedTypeNames));
        _errors.Add($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions));
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var directive in directives)
        {
            VisitDirective(directive, location);
        }
    }

    private void VisitDirective(DirectiveNode directive, DirectiveLocation location)
    {
        var name = directive.Name.Value;
        var known = _directives.GetValueOrDefault(name);

        // KnownDirectives.
        if (known is null)
        {
            _errors.Add($"Unknown directive \"@{name}\".");
        }
        else if (!known.Locations.Contains(location))
        {
            _errors.Add($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.");
        }

        // KnownArgumentNamesOnDirectives.
        if (known is not null)
        {
            foreach (var argument in directive.Arguments)
            {
                if (!known.ArgumentNames.Contains(argument.Name.Value, StringComparer.Ordinal))
                {
                    var suggestions = Suggestions.SuggestionList(argument.Name.Value, known.ArgumentNames);
                    _errors.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions));
                }
            }
        }

        // UniqueArgumentNames.
        foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                _errors.Add($"There can be only one argument named \"{group.Key}\".");
            }
        }

        foreach (var argument in directive.Arguments)
        {
            VisitValue(argument.Value);
        }

        // ProvidedRequiredArgumentsOnDirectives (on leaving the directive).
        if (known is not null)
        {
            foreach (var (argumentName, type) in known.RequiredArguments)
            {
                if (!directive.Arguments.Any(a => a.Name.Value == argumentName))
                {
                    _errors.Add($"Directive \"@{name}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.");
                }
            }
        }
    }

    // UniqueInputFieldNames.
    private void VisitValue(ValueNode value)
    {
        switch (value)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    VisitValue(item);
                }

                break;
            case ObjectValueNode obj:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (!names.Add(field.Name.Value))
                    {
                        _errors.Add($"There can be only one input field named \"{field.Name.Value}\".");
                    }

                    VisitValue(field.Value);
                }

                break;
        }
    }

    // UniqueOperationTypes.
    private void CheckOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (!_operationTypes.Add(operationType.Operation))
            {
                _errors.Add($"There can be only one {OperationName(operationType.Operation)} type in schema.");
            }
        }
    }

    // UniqueFieldDefinitionNames.
    private void CheckFieldDefinitions(string typeName, IReadOnlyList<FieldDefinitionNode> fields) =>
        CheckFieldNames(typeName, fields.Select(f => f.Name.Value));

    private void CheckInputFieldDefinitions(string typeName, IReadOnlyList<InputValueDefinitionNode> fields) =>
        CheckFieldNames(typeName, fields.Select(f => f.Name.Value));

    private void CheckFieldNames(string typeName, IEnumerable<string> fieldNames)
    {
        if (!_fieldNames.TryGetValue(typeName, out var known))
        {
            known = new HashSet<string>(StringComparer.Ordinal);
            _fieldNames[typeName] = known;
        }

        foreach (var fieldName in fieldNames)
        {
            if (!known.Add(fieldName))
            {
                _errors.Add($"Field \"{typeName}.{fieldName}\" can only be defined once.");
            }
        }
    }

    // UniqueEnumValueNames.
    private void CheckEnumValues(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        if (!_enumValueNames.TryGetValue(typeName, out var known))
        {
            known = new HashSet<string>(StringComparer.Ordinal);
            _enumValueNames[typeName] = known;
        }

        foreach (var value in values)
        {
            if (!known.Add(value.Name.Value))
            {
                _errors.Add($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.");
            }
        }
    }

    // UniqueArgumentDefinitionNames.
    private void CheckArgumentDefinitions(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            CheckArgumentDefinitions(typeName + "." + field.Name.Value, field.Arguments);
        }
    }

    private void CheckArgumentDefinitions(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                _errors.Add($"Argument \"{parentName}({group.Key}:)\" can only be defined once.");
            }
        }
    }

    // UniqueDirectivesPerLocation: definitions and extensions of a type (or of the schema) share one set.
    private void CheckRepeatedDirectives(HashSet<string> seen, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (_directives.TryGetValue(name, out var known) && !known.IsRepeatable && !seen.Add(name))
            {
                _errors.Add($"The directive \"@{name}\" can only be used once at this location.");
            }
        }
    }

    private HashSet<string> TypeDirectives(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out var seen))
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            _typeDirectives[typeName] = seen;
        }

        return seen;
    }

    // PossibleTypeExtensions.
    private void CheckExtension(TypeExtensionNode extension, SyntaxKind definitionKind, string kindName)
    {
        var name = extension.Name.Value;
        if (_definedTypes.TryGetValue(name, out var definition))
        {
            if (definition.Kind != definitionKind)
            {
                _errors.Add($"Cannot extend non-{kindName} type \"{name}\".");
            }

            return;
        }

        var suggestions = Suggestions.SuggestionList(name, _definedTypeNames);
        _errors.Add($"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(suggestions));
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private sealed record DirectiveInfo(
        IReadOnlyList<DirectiveLocation> Locations,
        bool IsRepeatable,
        IReadOnlyList<string> ArgumentNames,
        IReadOnlyList<(string Name, string Type)> RequiredArguments);
}
