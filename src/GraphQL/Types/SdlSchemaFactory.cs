using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Turns an SDL document into a <see cref="Schema"/> the way graphql-js's <c>buildASTSchema</c> does:
/// types in document order, each definition merged with its extensions (extension fields, values,
/// interfaces and members after the definition's), default values coerced, <c>@deprecated</c>,
/// <c>@specifiedBy</c> and <c>@oneOf</c> read, the document's directives first and then the specified
/// directives it does not redefine, root types from the schema definition and extensions or else the
/// types named Query, Mutation and Subscription. Then it binds the <see cref="SdlBindings"/> and
/// validates the type system as written (a root or an interface of the wrong kind is reported, not
/// dropped).
/// </summary>
internal sealed class SdlSchemaFactory
{
    private readonly DocumentNode _document;
    private readonly SdlBindings _bindings;
    private readonly List<string> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<string> _typeOrder = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<IComplexOutputType, IReadOnlyList<NamedType>> _declaredInterfaces = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<UnionType, IReadOnlyList<NamedType>> _declaredMembers = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _inputObjectsInProgress = [];

    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, IResolverContext, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, object>> _enumValues = new(StringComparer.Ordinal);

    public SdlSchemaFactory(DocumentNode document, SdlBindings bindings)
    {
        _document = document;
        _bindings = bindings;
        foreach (var (key, resolver) in bindings.Resolvers)
        {
            _resolvers[key] = resolver;
        }

        foreach (var scalar in bindings.Scalars)
        {
            _scalars[scalar.Name] = scalar;
        }

        foreach (var (name, resolver) in bindings.TypeResolvers)
        {
            _typeResolvers[name] = resolver;
        }

        foreach (var (name, isTypeOf) in bindings.IsTypeOf)
        {
            _isTypeOf[name] = isTypeOf;
        }

        foreach (var (name, values) in bindings.EnumValues)
        {
            if (!_enumValues.TryGetValue(name, out var merged))
            {
                merged = new Dictionary<string, object>(StringComparer.Ordinal);
                _enumValues[name] = merged;
            }

            foreach (var (valueName, value) in values)
            {
                merged[valueName] = value;
            }
        }
    }

    public Schema Build()
    {
        if (!_bindings.AssumeValidSdl)
        {
            var sdlErrors = SdlValidator.Validate(_document);
            if (sdlErrors.Count > 0)
            {
                throw new SchemaException(sdlErrors);
            }
        }

        SchemaDefinitionNode? schemaDefinition = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        var typeDefinitions = new List<TypeDefinitionNode>();
        var directiveDefinitions = new List<DirectiveDefinitionNode>();
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    schemaDefinition = schema;
                    break;
                case SchemaExtensionNode extension:
                    schemaExtensions.Add(extension);
                    break;
                case TypeDefinitionNode type:
                    typeDefinitions.Add(type);
                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        list = [];
                        _extensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    directiveDefinitions.Add(directive);
                    break;
            }
        }

        foreach (var definition in typeDefinitions)
        {
            var name = definition.Name.Value;
            var type = StandardType(name) ?? BuildType(definition);
            if (_types.TryAdd(name, type))
            {
                _typeOrder.Add(name);
            }
            else
            {
                _types[name] = type;
            }
        }

        var directives = directiveDefinitions.Select(BuildDirective).ToList();
        directives.AddRange(BuiltInDirectives.All.Where(builtIn => directives.TrueForAll(d => d.Name != builtIn.Name)));

        var (query, mutation, subscription) = RootTypes(schemaDefinition, schemaExtensions);

        // Force every thunk now, in document order, so that every problem is known before validation.
        var types = _typeOrder.Select(name => _types[name]).ToList();
        foreach (var type in types)
        {
            switch (type)
            {
                case IComplexOutputType complex:
                    _ = complex.Fields;
                    _ = complex.Interfaces;
                    break;
                case UnionType union:
                    _ = union.Types;
                    break;
                case InputObjectType inputObject:
                    _ = inputObject.Fields;
                    break;
            }
        }

        CheckBindings();
        if (_errors.Count > 0)
        {
            throw new SchemaException(_errors);
        }

        var subject = new SchemaValidator.TypeSystemSubject(query, mutation, subscription, directives, types)
        {
            DeclaredInterfaces = type => _declaredInterfaces.TryGetValue(type, out var declared) ? declared : type.Interfaces,
            DeclaredMembers = union => _declaredMembers.TryGetValue(union, out var declared) ? declared : union.Types,
            AllowSharedRootTypes = _bindings.AllowSharedRootTypes,
        };
        var errors = SchemaValidator.Validate(subject);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        return new Schema(new SchemaDefinition
        {
            Query = (ObjectType)query!,
            Mutation = (ObjectType?)mutation,
            Subscription = (ObjectType?)subscription,
            Types = types,
            Directives = directives,
            Description = schemaDefinition?.Description?.Value,
            SyntaxNode = schemaDefinition,
            ExtensionSyntaxNodes = schemaExtensions,
            DefaultFieldResolver = _bindings.DefaultFieldResolver,
            Validate = false,
        });
    }

    private static NamedType? StandardType(string name) =>
        BuiltInScalars.Find(name) ?? IntrospectionTypes.All.FirstOrDefault(t => t.Name == name);

    private (NamedType? Query, NamedType? Mutation, NamedType? Subscription) RootTypes(SchemaDefinitionNode? schemaDefinition, List<SchemaExtensionNode> schemaExtensions)
    {
        NamedType? query = null;
        NamedType? mutation = null;
        NamedType? subscription = null;
        var operationTypes = (schemaDefinition?.OperationTypes ?? []).Concat(schemaExtensions.SelectMany(e => e.OperationTypes));
        foreach (var operationType in operationTypes)
        {
            var type = GetNamedType(operationType.Type);
            switch (operationType.Operation)
            {
                case OperationType.Query:
                    query = type;
                    break;
                case OperationType.Mutation:
                    mutation = type;
                    break;
                default:
                    subscription = type;
                    break;
            }
        }

        if (schemaDefinition is null)
        {
            // As graphql-js: without a schema definition, the conventional names win even over `extend schema`.
            query = _types.GetValueOrDefault("Query") ?? query;
            mutation = _types.GetValueOrDefault("Mutation") ?? mutation;
            subscription = _types.GetValueOrDefault("Subscription") ?? subscription;
        }

        return (query, mutation, subscription);
    }

    private List<T> Extensions<T>(string name)
        where T : TypeExtensionNode =>
        _extensions.TryGetValue(name, out var list) ? list.OfType<T>().ToList() : [];

    private List<TypeExtensionNode> AllExtensions(string name) =>
        _extensions.TryGetValue(name, out var list) ? list : [];

    private IReadOnlyList<DirectiveNode> AppliedDirectives(TypeDefinitionNode definition) =>
        [.. definition.Directives, .. AllExtensions(definition.Name.Value).SelectMany(e => e.Directives)];

    private NamedType BuildType(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        var extensionNodes = AllExtensions(name);
        var directives = AppliedDirectives(definition);
        switch (definition)
        {
            case ObjectTypeDefinitionNode node:
            {
                var extensions = Extensions<ObjectTypeExtensionNode>(name);
                ObjectType? type = null;
                type = new ObjectType(
                    name,
                    () => BuildFields(name, [node.Fields, .. extensions.Select(e => e.Fields)], bindResolvers: true),
                    () => BuildInterfaces(type!, [.. node.Interfaces, .. extensions.SelectMany(e => e.Interfaces)]))
                {
                    Description = description,
                    IsTypeOf = _isTypeOf.GetValueOrDefault(name),
                    SyntaxNode = node,
                    ExtensionSyntaxNodes = extensionNodes,
                    Directives = directives,
                };
                return type;
            }

            case InterfaceTypeDefinitionNode node:
            {
                var extensions = Extensions<InterfaceTypeExtensionNode>(name);
                InterfaceType? type = null;
                type = new InterfaceType(
                    name,
                    () => BuildFields(name, [node.Fields, .. extensions.Select(e => e.Fields)], bindResolvers: false),
                    () => BuildInterfaces(type!, [.. node.Interfaces, .. extensions.SelectMany(e => e.Interfaces)]))
                {
                    Description = description,
                    ResolveType = _typeResolvers.GetValueOrDefault(name),
                    SyntaxNode = node,
                    ExtensionSyntaxNodes = extensionNodes,
                    Directives = directives,
                };
                return type;
            }

            case UnionTypeDefinitionNode node:
            {
                var extensions = Extensions<UnionTypeExtensionNode>(name);
                UnionType? type = null;
                type = new UnionType(name, () => BuildMembers(type!, [.. node.Types, .. extensions.SelectMany(e => e.Types)]))
                {
                    Description = description,
                    ResolveType = _typeResolvers.GetValueOrDefault(name),
                    SyntaxNode = node,
                    ExtensionSyntaxNodes = extensionNodes,
                    Directives = directives,
                };
                return type;
            }

            case EnumTypeDefinitionNode node:
            {
                var extensions = Extensions<EnumTypeExtensionNode>(name);
                return new EnumType(name, BuildEnumValues(name, [node.Values, .. extensions.Select(e => e.Values)]))
                {
                    Description = description,
                    SyntaxNode = node,
                    ExtensionSyntaxNodes = extensionNodes,
                    Directives = directives,
                };
            }

            case InputObjectTypeDefinitionNode node:
            {
                var extensions = Extensions<InputObjectTypeExtensionNode>(name);
                return new InputObjectType(name, () => BuildInputFields(name, [node.Fields, .. extensions.Select(e => e.Fields)]))
                {
                    Description = description,
                    // As graphql-js's buildASTSchema: only the definition's own @oneOf counts.
                    IsOneOf = node.Directives.Any(d => d.Name.Value == BuiltInDirectives.OneOf.Name),
                    SyntaxNode = node,
                    ExtensionSyntaxNodes = extensionNodes,
                    Directives = directives,
                };
            }

            default:
            {
                var node = (ScalarTypeDefinitionNode)definition;

                // As graphql-js's buildASTSchema: only the definition's own @specifiedBy counts.
                var specifiedBy = DirectiveArgument(BuiltInDirectives.SpecifiedBy, node.Directives, "url", name) as string;
                if (_scalars.TryGetValue(name, out var implementation) && !BuiltInScalars.IsBuiltIn(name))
                {
                    return new BoundScalarType(name, implementation)
                    {
                        Description = description ?? implementation.Description,
                        SpecifiedByUrl = specifiedBy ?? implementation.SpecifiedByUrl,
                        SyntaxNode = node,
                        ExtensionSyntaxNodes = extensionNodes,
                        Directives = directives,
                        Metadata = implementation.Metadata,
                    };
                }

                return new AnyScalarType(name)
                {
                    Description = description,
                    SpecifiedByUrl = specifiedBy,
                    SyntaxNode = node,
                    ExtensionSyntaxNodes = extensionNodes,
                    Directives = directives,
                };
            }
        }
    }

    private List<FieldDefinition> BuildFields(string typeName, IEnumerable<IReadOnlyList<FieldDefinitionNode>> groups, bool bindResolvers)
    {
        var fields = new OrderedDictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var node in groups.SelectMany(g => g))
        {
            var name = node.Name.Value;
            var type = GetWrappedType(node.Type);
            if (type is null)
            {
                continue;
            }

            var label = typeName + "." + name;
            fields[name] = new FieldDefinition(name, type)
            {
                Description = node.Description?.Value,
                Arguments = new DefinitionCollection<InputValueDefinition>(BuildArguments(label, node.Arguments)),
                DeprecationReason = DeprecationReason(node.Directives, label),
                Resolver = bindResolvers ? _resolvers.GetValueOrDefault((typeName, name)) : null,
                Directives = node.Directives,
                SyntaxNode = node,
            };
        }

        return [.. fields.Values];
    }

    private List<InputValueDefinition> BuildArguments(string owner, IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var arguments = new OrderedDictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var label = $"{owner}({node.Name.Value}:)";
            var built = BuildInputValue(node, "argument \"" + label + "\"", label);
            if (built is not null)
            {
                arguments[node.Name.Value] = built;
            }
        }

        return [.. arguments.Values];
    }

    private List<InputValueDefinition> BuildInputFields(string typeName, IEnumerable<IReadOnlyList<InputValueDefinitionNode>> groups)
    {
        // Coercing a default value of an input object type needs that type's fields (for their own
        // defaults); defaults that need the fields being built cannot be coerced (graphql-js overflows
        // its stack there).
        if (_inputObjectsInProgress.Contains(typeName))
        {
            var cycle = _inputObjectsInProgress.Skip(_inputObjectsInProgress.IndexOf(typeName)).Append(typeName);
            throw new SchemaException(
                $"The default values of input object \"{typeName}\" cannot be coerced: they need the fields of \"{typeName}\" itself ({string.Join(" -> ", cycle)}).");
        }

        _inputObjectsInProgress.Add(typeName);
        try
        {
            var fields = new OrderedDictionary<string, InputValueDefinition>(StringComparer.Ordinal);
            foreach (var node in groups.SelectMany(g => g))
            {
                var label = typeName + "." + node.Name.Value;
                var built = BuildInputValue(node, "input field \"" + label + "\"", label);
                if (built is not null)
                {
                    fields[node.Name.Value] = built;
                }
            }

            return [.. fields.Values];
        }
        finally
        {
            _inputObjectsInProgress.RemoveAt(_inputObjectsInProgress.Count - 1);
        }
    }

    private InputValueDefinition? BuildInputValue(InputValueDefinitionNode node, string description, string label)
    {
        var type = GetWrappedType(node.Type);
        if (type is null)
        {
            return null;
        }

        var hasDefault = false;
        object? defaultValue = null;

        // A default of a type that is not an input type cannot be coerced; validation reports the type.
        if (node.DefaultValue is not null && type.IsInputType)
        {
            hasDefault = LiteralCoercion.TryCoerce(node.DefaultValue, type, null, out defaultValue);
            if (!hasDefault && !_bindings.IgnoreInvalidDefaultValues)
            {
                _errors.Add($"Invalid default value {SyntaxPrinter.Print(node.DefaultValue)} for {description} of type \"{type}\".");
            }
        }

        return new InputValueDefinition(node.Name.Value, type)
        {
            Description = node.Description?.Value,
            HasDefaultValue = hasDefault,
            DefaultValue = defaultValue,
            DefaultValueSyntax = hasDefault ? node.DefaultValue : null,
            DeprecationReason = DeprecationReason(node.Directives, label),
            Directives = node.Directives,
            SyntaxNode = node,
        };
    }

    private List<EnumValueDefinition> BuildEnumValues(string typeName, IEnumerable<IReadOnlyList<EnumValueDefinitionNode>> groups)
    {
        var internalValues = _enumValues.GetValueOrDefault(typeName);
        var values = new OrderedDictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        foreach (var node in groups.SelectMany(g => g))
        {
            var name = node.Name.Value;
            values[name] = new EnumValueDefinition(name, internalValues?.GetValueOrDefault(name))
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives, typeName + "." + name),
                Directives = node.Directives,
                SyntaxNode = node,
            };
        }

        return [.. values.Values];
    }

    private List<InterfaceType> BuildInterfaces(IComplexOutputType owner, IEnumerable<NamedTypeNode> nodes)
    {
        var declared = new List<NamedType>();
        foreach (var node in nodes)
        {
            if (GetNamedType(node) is { } type)
            {
                declared.Add(type);
            }
        }

        _declaredInterfaces[owner] = declared;
        return declared.OfType<InterfaceType>().ToList();
    }

    private List<ObjectType> BuildMembers(UnionType owner, IEnumerable<NamedTypeNode> nodes)
    {
        var declared = new List<NamedType>();
        foreach (var node in nodes)
        {
            if (GetNamedType(node) is { } type)
            {
                declared.Add(type);
            }
        }

        _declaredMembers[owner] = declared;
        return declared.OfType<ObjectType>().ToList();
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var name = node.Name.Value;
        var locations = new List<DirectiveLocation>(node.Locations.Count);
        foreach (var location in node.Locations)
        {
            if (DirectiveLocations.TryParse(location.Value, out var parsed))
            {
                locations.Add(parsed);
            }
            else
            {
                _errors.Add($"Directive \"@{name}\" has an unknown location \"{location.Value}\".");
            }
        }

        return new DirectiveDefinition(name, locations, BuildArguments("@" + name, node.Arguments))
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            SyntaxNode = node,
        };
    }

    private NamedType? GetNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        var type = StandardType(name) ?? _types.GetValueOrDefault(name);
        if (type is null)
        {
            _errors.Add($"Unknown type: \"{name}\".");
        }

        return type;
    }

    private GraphQLType? GetWrappedType(TypeNode node) => node switch
    {
        ListTypeNode list => GetWrappedType(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => GetWrappedType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => GetNamedType((NamedTypeNode)node),
    };

    private string? DeprecationReason(IReadOnlyList<DirectiveNode> directives, string where) =>
        DirectiveArgument(BuiltInDirectives.Deprecated, directives, "reason", where) as string;

    /// <summary>
    /// The coerced value of one argument of the first application of a specified directive (graphql-js
    /// <c>getDirectiveValues</c>, with its messages); null when the directive is not applied or invalid.
    /// </summary>
    private object? DirectiveArgument(DirectiveDefinition definition, IReadOnlyList<DirectiveNode> directives, string argumentName, string where)
    {
        var applied = directives.FirstOrDefault(d => d.Name.Value == definition.Name);
        if (applied is null)
        {
            return null;
        }

        object? result = null;
        foreach (var argument in definition.Arguments)
        {
            var node = applied.Arguments.LastOrDefault(a => a.Name.Value == argument.Name);
            object? value;
            if (node is null)
            {
                if (argument.HasDefaultValue)
                {
                    value = argument.DefaultValue;
                }
                else
                {
                    if (argument.Type.IsNonNull)
                    {
                        _errors.Add($"@{definition.Name} on {where}: Argument \"{argument.Name}\" of required type \"{argument.Type}\" was not provided.");
                    }

                    continue;
                }
            }
            else if (node.Value is NullValueNode && argument.Type.IsNonNull)
            {
                _errors.Add($"@{definition.Name} on {where}: Argument \"{argument.Name}\" of non-null type \"{argument.Type}\" must not be null.");
                continue;
            }
            else if (!LiteralCoercion.TryCoerce(node.Value, argument.Type, null, out value))
            {
                _errors.Add($"@{definition.Name} on {where}: Argument \"{argument.Name}\" has invalid value {SyntaxPrinter.Print(node.Value)}.");
                continue;
            }

            if (argument.Name == argumentName)
            {
                result = value;
            }
        }

        return result;
    }

    private void CheckBindings()
    {
        foreach (var (typeName, fieldName) in _resolvers.Keys)
        {
            var subject = $"Cannot bind a resolver to \"{typeName}.{fieldName}\": ";
            if (FindBindingTarget(subject, typeName, TypeKind.Object) is IComplexOutputType type && !type.Fields.Contains(fieldName))
            {
                _errors.Add(subject + $"type \"{typeName}\" has no field \"{fieldName}\"."
                    + Suggestions.DidYouMean(Suggestions.SuggestionList(fieldName, type.Fields.Select(f => f.Name))));
            }
        }

        foreach (var name in _typeResolvers.Keys)
        {
            FindBindingTarget($"Cannot bind a type resolver to \"{name}\": ", name, TypeKind.Interface, TypeKind.Union);
        }

        foreach (var name in _isTypeOf.Keys)
        {
            FindBindingTarget($"Cannot bind isTypeOf to \"{name}\": ", name, TypeKind.Object);
        }

        foreach (var (name, values) in _enumValues)
        {
            if (FindBindingTarget($"Cannot bind enum values to \"{name}\": ", name, TypeKind.Enum) is EnumType enumType)
            {
                foreach (var valueName in values.Keys.Where(v => !enumType.Values.Contains(v)))
                {
                    _errors.Add($"Cannot bind the internal value of \"{name}.{valueName}\": enum \"{name}\" has no value \"{valueName}\"."
                        + Suggestions.DidYouMean(Suggestions.SuggestionList(valueName, enumType.Values.Select(v => v.Name))));
                }
            }
        }

        foreach (var name in _scalars.Keys)
        {
            if (BuiltInScalars.IsBuiltIn(name))
            {
                _errors.Add($"Cannot replace the built-in scalar \"{name}\".");
            }
            else
            {
                FindBindingTarget($"Cannot bind the scalar \"{name}\": ", name, TypeKind.Scalar);
            }
        }
    }

    private NamedType? FindBindingTarget(string subject, string name, params TypeKind[] kinds)
    {
        if (_types.TryGetValue(name, out var type) && !IsStandard(type))
        {
            if (kinds.Contains(type.Kind))
            {
                return type;
            }

            _errors.Add(subject + $"\"{name}\" is {KindName(type.Kind)}, not {string.Join(" or ", kinds.Select(KindName))}.");
            return null;
        }

        var candidates = _typeOrder.Where(n => kinds.Contains(_types[n].Kind) && !IsStandard(_types[n]));
        _errors.Add(subject + $"the schema has no type \"{name}\"." + Suggestions.DidYouMean(Suggestions.SuggestionList(name, candidates)));
        return null;
    }

    private static bool IsStandard(NamedType type) => ReferenceEquals(StandardType(type.Name), type);

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "a scalar",
        TypeKind.Object => "an object type",
        TypeKind.Interface => "an interface",
        TypeKind.Union => "a union",
        TypeKind.Enum => "an enum",
        _ => "an input object",
    };
}
