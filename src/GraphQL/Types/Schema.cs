using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// A GraphQL schema: root types, every named type reachable from them (plus the ones listed
/// explicitly), directives, and the derived maps the validator and executor need. Immutable and
/// thread-safe once built; building validates it against the spec's type-system rules.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap;
    private readonly Dictionary<NamedType, ObjectType[]> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = [];

    public Schema(SchemaDefinition definition)
    {
        Query = definition.Query;
        Mutation = definition.Mutation;
        Subscription = definition.Subscription;
        Description = definition.Description;
        SyntaxNode = definition.SyntaxNode;
        ExtensionSyntaxNodes = definition.ExtensionSyntaxNodes;
        Directives = new DefinitionCollection<DirectiveDefinition>(definition.Directives ?? BuiltInDirectives.All);
        DefaultFieldResolver = definition.DefaultFieldResolver ?? Execution.DefaultFieldResolver.Resolve;
        Metadata = definition.Metadata;

        var ordered = CollectTypes(definition);
        Types = ordered;
        _typeMap = new Dictionary<string, NamedType>(ordered.Count, StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var type in ordered)
        {
            if (!_typeMap.TryAdd(type.Name, type))
            {
                duplicates.Add($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }
        }

        if (duplicates.Count > 0)
        {
            throw new SchemaException(duplicates);
        }

        foreach (var type in ordered)
        {
            switch (type)
            {
                case ObjectType objectType:
                    foreach (var item in objectType.Interfaces)
                    {
                        ImplementationsOf(item).Objects.Add(objectType);
                    }

                    break;
                case InterfaceType interfaceType:
                    foreach (var item in interfaceType.Interfaces)
                    {
                        ImplementationsOf(item).Interfaces.Add(interfaceType);
                    }

                    break;
            }
        }

        foreach (var type in ordered)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types.ToArray();
                    break;
                case InterfaceType interfaceType:
                    _possibleTypes[interfaceType] = ImplementationsOf(interfaceType).Objects.ToArray();
                    break;
            }
        }

        if (definition.Validate)
        {
            var errors = SchemaValidator.Validate(this);
            if (errors.Count > 0)
            {
                throw new SchemaException(errors);
            }
        }
    }

    public string? Description { get; }

    public ObjectType Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    /// <summary>Every named type, in the order graphql-js lists them (introspection's <c>types</c>).</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public DefinitionCollection<DirectiveDefinition> Directives { get; }

    public SchemaDefinitionNode? SyntaxNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionSyntaxNodes { get; }

    /// <summary>Resolves fields that have no resolver of their own.</summary>
    public FieldResolver DefaultFieldResolver { get; }

    public IReadOnlyDictionary<string, object?> Metadata { get; }

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>The schema as SDL (graphql-js <c>printSchema</c>).</summary>
    public override string ToString() => SchemaPrinter.Print(this);

    public DirectiveDefinition? GetDirective(string name) => Directives.Find(name);

    /// <summary>The root type of an operation type, or null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types an interface or union may resolve to (empty for other types).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>The objects and interfaces that implement an interface.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var found) ? (found.Objects, found.Interfaces) : ([], []);

    /// <summary>True when <paramref name="objectType"/> is a possible type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        Array.IndexOf(_possibleTypes.GetValueOrDefault(abstractType) ?? [], objectType) >= 0;

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or an object or interface
    /// implementing the interface <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => maybeSubType switch
    {
        ObjectType objectType => IsPossibleType(abstractType, objectType),
        InterfaceType interfaceType when abstractType is InterfaceType parent =>
            _implementations.TryGetValue(parent, out var found) && found.Interfaces.Contains(interfaceType),
        _ => false,
    };

    private (List<ObjectType> Objects, List<InterfaceType> Interfaces) ImplementationsOf(InterfaceType interfaceType)
    {
        if (!_implementations.TryGetValue(interfaceType, out var found))
        {
            found = ([], []);
            _implementations[interfaceType] = found;
        }

        return found;
    }

    // The order of graphql-js's GraphQLSchema constructor: the listed types, each followed by what it
    // references that is not yet listed, then the root types, directive arguments and introspection.
    private static List<NamedType> CollectTypes(SchemaDefinition definition)
    {
        var set = new OrderedTypeSet();
        foreach (var type in definition.Types)
        {
            set.Add(type);
        }

        foreach (var type in definition.Types)
        {
            set.Remove(type);
            Collect(type, set);
        }

        Collect(definition.Query, set);
        if (definition.Mutation is not null)
        {
            Collect(definition.Mutation, set);
        }

        if (definition.Subscription is not null)
        {
            Collect(definition.Subscription, set);
        }

        foreach (var directive in definition.Directives ?? BuiltInDirectives.All)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type, set);
            }
        }

        Collect(IntrospectionTypes.Schema, set);
        return set.ToList();
    }

    private static void Collect(GraphQLType type, OrderedTypeSet set)
    {
        var named = type.GetNamedType();
        if (!set.Add(named))
        {
            return;
        }

        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, set);
                }

                break;
            case ObjectType or InterfaceType:
                var complex = (IComplexOutputType)named;
                foreach (var item in complex.Interfaces)
                {
                    Collect(item, set);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type, set);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type, set);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type, set);
                }

                break;
        }
    }

    /// <summary>An insertion-ordered set of types that supports removal (graphql-js relies on a JS Set).</summary>
    private sealed class OrderedTypeSet
    {
        private readonly LinkedList<NamedType> _order = new();
        private readonly Dictionary<NamedType, LinkedListNode<NamedType>> _nodes = new(ReferenceEqualityComparer.Instance);

        public bool Add(NamedType type)
        {
            if (_nodes.ContainsKey(type))
            {
                return false;
            }

            _nodes[type] = _order.AddLast(type);
            return true;
        }

        public void Remove(NamedType type)
        {
            if (_nodes.Remove(type, out var node))
            {
                _order.Remove(node);
            }
        }

        public List<NamedType> ToList() => [.. _order];
    }
}
