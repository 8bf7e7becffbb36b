using System.Collections.Concurrent;
using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// The engine behind <see cref="CodeFirstSchemaBuilder"/>: maps CLR types to GraphQL types (discovering
/// the types their members reach), builds fields, arguments and input fields, and compiles resolvers.
/// Types are created first with thunks; their field definitions are created once every type is known,
/// so that types may refer to each other and <see cref="GraphQLTypeAttribute"/> may name any of them.
/// Not thread-safe; used once per <see cref="CodeFirstSchemaBuilder.Build"/>.
/// </summary>
internal sealed class CodeFirstTypeRegistry
{
    private static readonly HashSet<string> ExcludedMethods =
    [
        "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers", "CompareTo", "Dispose", "DisposeAsync",
        "GetEnumerator", "GetAsyncEnumerator", "Clone", "MemberwiseClone", "Finalize",
    ];

    private static readonly MethodInfo GetArgumentMethod = typeof(ResolverRuntime).GetMethod(nameof(ResolverRuntime.GetArgument))!;
    private static readonly MethodInfo GetServiceMethod = typeof(ResolverRuntime).GetMethod(nameof(ResolverRuntime.GetService))!;
    private static readonly MethodInfo FromTaskMethod = typeof(ResolverRuntime).GetMethod(nameof(ResolverRuntime.FromTask))!;
    private static readonly MethodInfo FromValueTaskMethod = typeof(ResolverRuntime).GetMethod(nameof(ResolverRuntime.FromValueTask))!;
    private static readonly MethodInfo GetDataLoaderMethod = typeof(DataLoaderScope).GetMethod(nameof(DataLoaderScope.GetDataLoader))!;
    private static readonly MethodInfo ProviderGetMethod = typeof(InstanceProvider).GetMethod(nameof(InstanceProvider.Get))!;
    private static readonly ConstructorInfo ValueTaskConstructor = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;

    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<Type, ScalarType> _scalarBindings;
    private readonly Dictionary<string, ScalarType> _scalarsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (NamedType Type, string Owner)> _names = new(StringComparer.Ordinal);
    private readonly List<NamedType> _ordered = [];
    private readonly Dictionary<Type, NamedType> _outputTypes = [];
    private readonly Dictionary<Type, InputObjectState> _inputObjects = [];
    private readonly Dictionary<Type, EnumType> _enums = [];
    private readonly List<ObjectTypeState> _objects = [];
    private readonly List<InterfaceTypeState> _interfaces = [];
    private readonly List<UnionTypeState> _unions = [];
    private readonly List<InputObjectState> _inputs = [];
    private readonly List<ExtensionState> _extensions = [];
    private readonly Queue<Action> _pending = new();
    private readonly InputValueConverters _converters;
    private readonly CacheControlRules? _cacheRules;

    public CodeFirstTypeRegistry(IReadOnlyDictionary<Type, ScalarType> scalarBindings, IEnumerable<ScalarType> scalars, CacheControlRules? cacheRules = null)
    {
        _cacheRules = cacheRules;
        foreach (var scalar in BuiltInScalars.All.Concat(ExtendedScalars.All).Concat(scalars))
        {
            _scalarsByName[scalar.Name] = scalar;
        }

        _scalarBindings = new Dictionary<Type, ScalarType>
        {
            [typeof(string)] = BuiltInScalars.String,
            [typeof(int)] = BuiltInScalars.Int,
            [typeof(short)] = BuiltInScalars.Int,
            [typeof(byte)] = BuiltInScalars.Int,
            [typeof(sbyte)] = BuiltInScalars.Int,
            [typeof(ushort)] = BuiltInScalars.Int,
            [typeof(uint)] = ExtendedScalars.Long,
            [typeof(long)] = ExtendedScalars.Long,
            [typeof(bool)] = BuiltInScalars.Boolean,
            [typeof(double)] = BuiltInScalars.Float,
            [typeof(float)] = BuiltInScalars.Float,
            [typeof(decimal)] = BuiltInScalars.Float,
            [typeof(Guid)] = ExtendedScalars.Uuid,
            [typeof(DateTimeOffset)] = ExtendedScalars.DateTime,
            [typeof(DateTime)] = ExtendedScalars.DateTime,
            [typeof(DateOnly)] = ExtendedScalars.Date,
            [typeof(Uri)] = ExtendedScalars.Url,
        };

        // A scalar added by name replaces the default scalar of that name everywhere.
        foreach (var (type, scalar) in _scalarBindings.ToList())
        {
            _scalarBindings[type] = _scalarsByName[scalar.Name];
        }

        foreach (var (type, scalar) in scalarBindings)
        {
            _scalarBindings[Nullable.GetUnderlyingType(type) ?? type] = scalar;
            _scalarsByName[scalar.Name] = scalar;
        }

        _converters = new InputValueConverters(IsLeaf, type => GetOrCreateInputObject(type, TypeAnalysis.DisplayName(type)).Binding);
    }

    /// <summary>Every type created or used, in the order first met (root types first).</summary>
    public IReadOnlyList<NamedType> Types => _ordered;

    /// <summary>Registers a type built by hand, so that <see cref="GraphQLTypeAttribute"/> can name it.</summary>
    public void AddNamedType(NamedType type) => RegisterName(type.Name, type, "the type added with AddType(NamedType)");

    /// <summary>The object type of an operation, named after the operation unless <see cref="GraphQLNameAttribute"/> says otherwise.</summary>
    public ObjectType AddRootType(Type type, string operationName)
    {
        CheckSupported(type, "the " + operationName.ToLowerInvariant() + " type", input: false);
        if (_outputTypes.ContainsKey(type))
        {
            throw new SchemaException($"{TypeAnalysis.DisplayName(type)} is registered as more than one root type.");
        }

        if (type.IsInterface || type.IsEnum || _scalarBindings.ContainsKey(type))
        {
            throw new SchemaException($"The {operationName.ToLowerInvariant()} type {TypeAnalysis.DisplayName(type)} must be a class.");
        }

        var name = AttributeReader.Get<GraphQLNameAttribute>(type)?.Name ?? operationName;
        return CreateObject(type, name, new InstanceProvider(type, parentFirst: true)).Type;
    }

    /// <summary>The GraphQL type of a CLR type given to <c>AddType</c>.</summary>
    public NamedType AddType(Type type) => GetOutputNamedType(type, "AddType(" + TypeAnalysis.DisplayName(type) + ")");

    public void AddExtension(Type type)
    {
        var attribute = AttributeReader.Get<ExtendObjectTypeAttribute>(type)
            ?? throw new SchemaException($"The type extension {TypeAnalysis.DisplayName(type)} has no [ExtendObjectType] attribute.");
        if (attribute.RuntimeType is null && string.IsNullOrEmpty(attribute.Name))
        {
            throw new SchemaException($"The [ExtendObjectType] attribute of {TypeAnalysis.DisplayName(type)} names no type.");
        }

        if (type.IsAbstract && !type.IsSealed)
        {
            throw new SchemaException($"The type extension {TypeAnalysis.DisplayName(type)} must not be abstract.");
        }

        var extension = new ExtensionState(type, attribute, new InstanceProvider(type, parentFirst: false));
        _extensions.Add(extension);
        if (attribute.RuntimeType is { } target)
        {
            var where = "[ExtendObjectType] of " + TypeAnalysis.DisplayName(type);
            if (GetOutputNamedType(target, where) is not ObjectType)
            {
                throw new SchemaException($"{where} extends {TypeAnalysis.DisplayName(target)}, which is not an object type.");
            }
        }
    }

    /// <summary>Discovers every type reachable from what was added and creates the field definitions of all of them.</summary>
    public void Complete()
    {
        var known = -1;
        while (known != _objects.Count + _interfaces.Count + _unions.Count)
        {
            known = _objects.Count + _interfaces.Count + _unions.Count;
            Drain();
            LinkInterfaces();
            Drain();
        }

        foreach (var extension in _extensions)
        {
            if (!extension.Applied)
            {
                throw new SchemaException($"The type extension {TypeAnalysis.DisplayName(extension.Clr)} extends \"{extension.Attribute.Name}\", which is not an object type of the schema.");
            }
        }

        foreach (var union in _unions)
        {
            union.Members.AddRange(_objects.Where(o => union.Clr.IsAssignableFrom(o.Clr)));
            if (union.Members.Count == 0)
            {
                throw new SchemaException($"The union \"{union.Name}\" ({TypeAnalysis.DisplayName(union.Clr)}) has no member types: add the object types that implement it with AddType.");
            }
        }

        foreach (var state in _objects)
        {
            state.Created = state.Fields.Select(f => f.Create()).ToArray();
        }

        foreach (var state in _interfaces)
        {
            state.Created = state.Fields.Select(f => f.Create()).ToArray();
        }

        foreach (var state in _inputs)
        {
            state.Created = state.Fields.Select(f => f()).ToArray();
        }
    }

    private void Drain()
    {
        while (_pending.TryDequeue(out var work))
        {
            work();
        }
    }

    private bool IsLeaf(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsEnum || target == typeof(object) || _scalarBindings.ContainsKey(target);
    }

    private void RegisterName(string name, NamedType type, string owner)
    {
        if (_names.TryGetValue(name, out var existing))
        {
            if (!ReferenceEquals(existing.Type, type))
            {
                throw new SchemaException($"The GraphQL type name \"{name}\" is used by both {existing.Owner} and {owner}: rename one with [GraphQLName].");
            }

            return;
        }

        _names[name] = (type, owner);
        _ordered.Add(type);
    }

    private NamedType? LookupName(string name)
    {
        if (_names.TryGetValue(name, out var found))
        {
            return found.Type;
        }

        if (_scalarsByName.TryGetValue(name, out var scalar))
        {
            RegisterName(name, scalar, "the scalar " + name);
            return scalar;
        }

        return null;
    }

    /// <summary>How a generic argument reads in a type name: its GraphQL name (scalars by their name, lists as <c>ListOf</c>...).</summary>
    private string ArgumentName(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (_scalarBindings.TryGetValue(target, out var scalar))
        {
            return scalar.Name;
        }

        if (!IsLeaf(target) && TypeAnalysis.TryGetListElement(target, null, out var element, out _))
        {
            return "ListOf" + ArgumentName(element);
        }

        return AttributeReader.Get<GraphQLNameAttribute>(target)?.Name
            ?? NamingConventions.TypeName(target, dropInterfacePrefix: target.IsInterface, ArgumentName);
    }

    private ScalarType UseScalar(ScalarType scalar)
    {
        RegisterName(scalar.Name, scalar, "the scalar " + scalar.Name);
        return scalar;
    }

    private static Dictionary<string, object?> Metadata(string key, object value) => new(StringComparer.Ordinal) { [key] = value };

    /// <summary>The CLR type, and the cache hint of <c>[CacheControl]</c> completed by the rules, if any.</summary>
    private Dictionary<string, object?> TypeMetadata(Type type, string name)
    {
        var metadata = Metadata(CodeFirstMetadata.ClrType, type);
        var hint = AttributeReader.Get<CacheControlAttribute>(type)?.ToHint() ?? default;
        hint = _cacheRules?.TypeHint(name, type, hint) ?? hint;
        if (!hint.IsEmpty)
        {
            metadata[CacheControlMetadata.Hint] = hint;
        }

        return metadata;
    }

    /// <summary>
    /// The CLR member, and the cache hint of the member's <c>[CacheControl]</c> (else its type extension class's)
    /// completed by the rules, if any.
    /// </summary>
    private Dictionary<string, object?> FieldMetadata(MemberInfo member, string typeName, string fieldName)
    {
        var metadata = Metadata(CodeFirstMetadata.ClrMember, member);
        var hint = AttributeReader.Get<CacheControlAttribute>(member)?.ToHint() ?? default;
        if (member.DeclaringType is { } declaring && AttributeReader.Has<ExtendObjectTypeAttribute>(declaring)
            && AttributeReader.Get<CacheControlAttribute>(declaring) is { } extensionHint)
        {
            hint = CacheHint.Merge(hint, extensionHint.ToHint());
        }

        hint = _cacheRules?.FieldHint(typeName, fieldName, member, hint) ?? hint;
        if (!hint.IsEmpty)
        {
            metadata[CacheControlMetadata.Hint] = hint;
        }

        return metadata;
    }

    // ---- Named types -------------------------------------------------------------------------------

    private static void CheckSupported(Type type, string where, bool input)
    {
        var kind = input ? "input" : "output";
        if (type.IsGenericTypeDefinition || type.ContainsGenericParameters)
        {
            throw new SchemaException($"The open generic type {TypeAnalysis.DisplayName(type)} ({where}) cannot be a GraphQL {kind} type: use a closed type such as {type.Name.Split('`')[0]}<Study>.");
        }

        if (type.IsByRef || type.IsPointer || type.IsByRefLike || type.IsPrimitive || type == typeof(object) || type == typeof(ValueType)
            || type == typeof(Enum) || typeof(Delegate).IsAssignableFrom(type) || TypeAnalysis.IsDictionary(type) || IsFrameworkType(type))
        {
            throw new SchemaException(
                $"Cannot infer a GraphQL {kind} type for {TypeAnalysis.DisplayName(type)} ({where}): map the CLR type to a scalar with AddScalar, set the type with [GraphQLType], or leave the member out with [GraphQLIgnore].");
        }
    }

    private static bool IsFrameworkType(Type type) =>
        type.Assembly == typeof(object).Assembly
        || (type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns == "Microsoft" || ns.StartsWith("Microsoft.", StringComparison.Ordinal)));

    private NamedType GetOutputNamedType(Type type, string where)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (_scalarBindings.TryGetValue(type, out var scalar))
        {
            return UseScalar(scalar);
        }

        if (type.IsEnum)
        {
            return GetOrCreateEnum(type);
        }

        if (_outputTypes.TryGetValue(type, out var existing))
        {
            return existing;
        }

        CheckSupported(type, where, input: false);
        if (AttributeReader.Get<UnionTypeAttribute>(type) is { } union)
        {
            return CreateUnion(type, union);
        }

        if (type.IsInterface || AttributeReader.Get<InterfaceTypeAttribute>(type) is not null)
        {
            return CreateInterface(type);
        }

        return CreateObject(type, null, null).Type;
    }

    private NamedType GetInputNamedType(Type type, string where)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (_scalarBindings.TryGetValue(type, out var scalar))
        {
            return UseScalar(scalar);
        }

        if (type.IsEnum)
        {
            return GetOrCreateEnum(type);
        }

        CheckSupported(type, where, input: true);
        if (type.IsInterface || type.IsAbstract || AttributeReader.Has<UnionTypeAttribute>(type) || AttributeReader.Has<InterfaceTypeAttribute>(type))
        {
            throw new SchemaException(
                $"{TypeAnalysis.DisplayName(type)} ({where}) is an interface, union or abstract type and cannot be used as an input type: use a concrete class or record.");
        }

        return GetOrCreateInputObject(type, where).Type;
    }

    private EnumType GetOrCreateEnum(Type type)
    {
        if (_enums.TryGetValue(type, out var existing))
        {
            return existing;
        }

        var values = new List<EnumValueDefinition>();
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (AttributeReader.Has<GraphQLIgnoreAttribute>(field))
            {
                continue;
            }

            var valueName = AttributeReader.Get<GraphQLNameAttribute>(field)?.Name ?? NamingConventions.ToConstantCase(field.Name);
            values.Add(new EnumValueDefinition(valueName, field.GetValue(null))
            {
                Description = AttributeReader.Description(field),
                DeprecationReason = AttributeReader.DeprecationReason(field),
            });
        }

        if (values.Count == 0)
        {
            throw new SchemaException($"The enum {TypeAnalysis.DisplayName(type)} has no values to expose.");
        }

        var name = AttributeReader.Get<GraphQLNameAttribute>(type)?.Name ?? NamingConventions.TypeName(type, dropInterfacePrefix: false, ArgumentName);
        var enumType = new EnumType(name, values)
        {
            RuntimeType = type,
            Description = AttributeReader.Description(type),
            Metadata = Metadata(CodeFirstMetadata.ClrType, type),
        };
        RegisterName(name, enumType, TypeAnalysis.DisplayName(type));
        _enums[type] = enumType;
        return enumType;
    }

    private ObjectTypeState CreateObject(Type type, string? name, InstanceProvider? root)
    {
        name ??= AttributeReader.Get<GraphQLNameAttribute>(type)?.Name ?? NamingConventions.TypeName(type, dropInterfacePrefix: false, ArgumentName);
        var state = new ObjectTypeState(type, name, root);
        state.Type = new ObjectType(name, () => state.Created!, () => state.Interfaces)
        {
            RuntimeType = type,
            Description = AttributeReader.Description(type),
            Metadata = TypeMetadata(type, name),
        };
        RegisterName(name, state.Type, TypeAnalysis.DisplayName(type));
        _outputTypes[type] = state.Type;
        _objects.Add(state);
        _pending.Enqueue(() => CompleteObject(state));
        return state;
    }

    private InterfaceType CreateInterface(Type type)
    {
        var name = AttributeReader.Get<GraphQLNameAttribute>(type)?.Name
            ?? AttributeReader.Get<InterfaceTypeAttribute>(type)?.Name
            ?? NamingConventions.TypeName(type, dropInterfacePrefix: true, ArgumentName);
        var state = new InterfaceTypeState(type, name);
        state.Type = new InterfaceType(name, () => state.Created!, () => state.Interfaces)
        {
            Description = AttributeReader.Description(type),
            Metadata = TypeMetadata(type, name),
            ResolveType = (value, _) => ResolveAbstractType(value, state.Implementations, state.Resolved),
        };
        RegisterName(name, state.Type, TypeAnalysis.DisplayName(type));
        _outputTypes[type] = state.Type;
        _interfaces.Add(state);
        _pending.Enqueue(() => CompleteInterface(state));
        return state.Type;
    }

    private UnionType CreateUnion(Type type, UnionTypeAttribute attribute)
    {
        var name = AttributeReader.Get<GraphQLNameAttribute>(type)?.Name
            ?? attribute.Name
            ?? NamingConventions.TypeName(type, dropInterfacePrefix: true, ArgumentName);
        var state = new UnionTypeState(type, name);
        state.Type = new UnionType(name, () => state.Members.Select(m => m.Type))
        {
            Description = AttributeReader.Description(type),
            Metadata = TypeMetadata(type, name),
            ResolveType = (value, _) => ResolveAbstractType(value, state.Members, state.Resolved),
        };
        RegisterName(name, state.Type, TypeAnalysis.DisplayName(type));
        _outputTypes[type] = state.Type;
        _unions.Add(state);
        return state.Type;
    }

    /// <summary>The object type of a value: its exact CLR type, else the nearest base class, else the first assignable one.</summary>
    private static string? ResolveAbstractType(object value, List<ObjectTypeState> candidates, ConcurrentDictionary<Type, string?> cache) =>
        cache.GetOrAdd(value.GetType(), static (runtimeType, candidates) =>
        {
            for (var type = runtimeType; type is not null; type = type.BaseType)
            {
                foreach (var candidate in candidates)
                {
                    if (candidate.Clr == type)
                    {
                        return candidate.Name;
                    }
                }
            }

            return candidates.FirstOrDefault(c => c.Clr.IsAssignableFrom(runtimeType))?.Name;
        }, candidates);

    private void LinkInterfaces()
    {
        foreach (var state in _interfaces)
        {
            state.Interfaces.Clear();
            state.Interfaces.AddRange(_interfaces.Where(i => i != state && i.Clr.IsAssignableFrom(state.Clr)).Select(i => i.Type));
            state.Implementations.Clear();
        }

        foreach (var state in _objects)
        {
            state.Interfaces.Clear();
            foreach (var candidate in _interfaces)
            {
                if (!candidate.Clr.IsAssignableFrom(state.Clr))
                {
                    continue;
                }

                state.Interfaces.Add(candidate.Type);
                candidate.Implementations.Add(state);

                // Interface members the class implements explicitly (or not at all as public members)
                // resolve through the interface.
                foreach (var field in candidate.Fields)
                {
                    if (!state.Fields.Exists(f => f.Name == field.Name))
                    {
                        var source = new MemberSource(candidate.Clr, null, state, includeStatic: false, forInterface: false);
                        if (CreateOutputField(field.Member, source, state.Name) is { } added)
                        {
                            state.Fields.Add(added);
                        }
                    }
                }
            }
        }
    }

    // ---- Object and interface fields ----------------------------------------------------------------

    private void CompleteObject(ObjectTypeState state)
    {
        var source = new MemberSource(state.Clr, state.Root, state, includeStatic: state.Root is not null, forInterface: false);
        foreach (var member in CollectMembers(state.Clr, source.IncludeStatic))
        {
            AddField(state.Fields, CreateOutputField(member, source, state.Name), state.Name);
        }

        foreach (var extension in _extensions)
        {
            var targets = extension.Attribute.RuntimeType is { } runtimeType ? runtimeType == state.Clr : extension.Attribute.Name == state.Name;
            if (!targets)
            {
                continue;
            }

            extension.Applied = true;
            foreach (var ignored in extension.Attribute.IgnoreFields)
            {
                var removed = state.Fields.RemoveAll(f => f.Name == ignored || f.Member.Name == ignored);
                if (removed == 0)
                {
                    throw new SchemaException($"The type extension {TypeAnalysis.DisplayName(extension.Clr)} ignores the field \"{ignored}\", which the type \"{state.Name}\" does not have.");
                }
            }

            var extensionSource = new MemberSource(extension.Clr, extension.Provider, state, includeStatic: true, forInterface: false);
            foreach (var member in CollectMembers(extension.Clr, includeStatic: true))
            {
                AddField(state.Fields, CreateOutputField(member, extensionSource, state.Name), state.Name);
            }
        }

        if (state.Fields.Count == 0)
        {
            throw new SchemaException($"The object type \"{state.Name}\" ({TypeAnalysis.DisplayName(state.Clr)}) has no fields: it has no public properties or methods that can be fields.");
        }
    }

    private void CompleteInterface(InterfaceTypeState state)
    {
        var source = new MemberSource(state.Clr, null, null, includeStatic: false, forInterface: true);
        foreach (var member in CollectMembers(state.Clr, includeStatic: false))
        {
            AddField(state.Fields, CreateOutputField(member, source, state.Name), state.Name);
        }

        if (state.Fields.Count == 0)
        {
            throw new SchemaException($"The interface type \"{state.Name}\" ({TypeAnalysis.DisplayName(state.Clr)}) has no fields: it has no public properties or methods that can be fields.");
        }
    }

    private static void AddField(List<PendingField> fields, PendingField? field, string typeName)
    {
        if (field is null)
        {
            return;
        }

        var existing = fields.Find(f => f.Name == field.Name);
        if (existing is not null)
        {
            throw new SchemaException(
                $"The field \"{typeName}.{field.Name}\" is defined by both {TypeAnalysis.Signature(existing.Member)} and {TypeAnalysis.Signature(field.Member)}: rename one with [GraphQLName] or leave one out with [GraphQLIgnore].");
        }

        fields.Add(field);
    }

    /// <summary>
    /// The public properties, then the public methods, of a type and its base types (base first, in
    /// declaration order; overrides replace what they override), less what cannot or should not be a field.
    /// </summary>
    private static List<MemberInfo> CollectMembers(Type type, bool includeStatic)
    {
        var chain = new List<Type>();
        if (type.IsInterface)
        {
            chain.AddRange(type.GetInterfaces());
            chain.Add(type);
        }
        else
        {
            for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
            {
                chain.Insert(0, current);
            }
        }

        var flags = BindingFlags.Public | BindingFlags.DeclaredOnly | BindingFlags.Instance | (includeStatic ? BindingFlags.Static : BindingFlags.Default);
        var properties = new OrderedDictionary<string, PropertyInfo?>(StringComparer.Ordinal);
        var methods = new OrderedDictionary<MethodInfo, MethodInfo?>();
        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetProperties(flags).OrderBy(p => p.MetadataToken))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
                {
                    continue;
                }

                properties[property.Name] = AttributeReader.Has<GraphQLIgnoreAttribute>(property) ? null : property;
            }

            foreach (var method in declaring.GetMethods(flags).OrderBy(m => m.MetadataToken))
            {
                if (method.IsSpecialName || method.Name.StartsWith('<') || ExcludedMethods.Contains(method.Name)
                    || method.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
                {
                    continue;
                }

                var key = method.IsVirtual ? method.GetBaseDefinition() : method;
                methods[key] = AttributeReader.Has<GraphQLIgnoreAttribute>(method) ? null : method;
            }
        }

        var members = new List<MemberInfo>(properties.Count + methods.Count);
        members.AddRange(properties.Values.OfType<PropertyInfo>());
        members.AddRange(methods.Values.OfType<MethodInfo>());
        return members;
    }

    private PendingField? CreateOutputField(MemberInfo member, MemberSource source, string typeName)
    {
        var where = TypeAnalysis.DisplayName(member);
        Type clrType;
        NullabilityInfo nullability;
        MethodInfo? method = null;
        switch (member)
        {
            case PropertyInfo property:
                clrType = property.PropertyType;
                nullability = _nullability.Create(property);
                break;
            case MethodInfo m:
                if (m.IsGenericMethodDefinition)
                {
                    throw new SchemaException($"The generic method {where} cannot be a field: leave it out with [GraphQLIgnore].");
                }

                method = m;
                clrType = m.ReturnType;
                nullability = _nullability.Create(m.ReturnParameter);
                break;
            default:
                return null;
        }

        var resultType = TypeAnalysis.UnwrapAwaitable(clrType, nullability, out var resultNullability, out var awaitKind);
        if (resultType == typeof(void))
        {
            // Methods without a result are actions, not fields.
            return null;
        }

        var name = AttributeReader.Get<GraphQLNameAttribute>(member)?.Name
            ?? (method is not null ? NamingConventions.FieldNameOfMethod(member.Name) : NamingConventions.ToCamelCase(member.Name));
        var fieldType = OutputType(resultType, resultNullability, member, where);

        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var arguments = new List<Func<InputValueDefinition>>();
        var callArguments = new List<Expression>();
        if (method is not null)
        {
            foreach (var parameter in method.GetParameters())
            {
                callArguments.Add(CreateParameter(parameter, context, source, arguments));
            }
        }

        FieldResolver? resolver = null;
        if (!source.ForInterface)
        {
            var isStatic = method?.IsStatic ?? ((PropertyInfo)member).GetMethod!.IsStatic;
            var instance = isStatic ? null : InstanceExpression(context, source);
            Expression call = method is not null
                ? Expression.Call(instance, method, callArguments)
                : Expression.Property(instance, (PropertyInfo)member);
            Expression body = awaitKind switch
            {
                AwaitKind.Task => Expression.Call(FromTaskMethod.MakeGenericMethod(resultType), call),
                AwaitKind.ValueTask => Expression.Call(FromValueTaskMethod.MakeGenericMethod(resultType), call),
                _ => Expression.New(ValueTaskConstructor, Expression.Convert(call, typeof(object))),
            };
            resolver = new LazyResolver(Expression.Lambda<FieldResolver>(body, $"{typeName}.{name}", [context])).Resolve;
        }

        var description = AttributeReader.Description(member);
        var deprecation = AttributeReader.DeprecationReason(member);
        var metadata = FieldMetadata(member, typeName, name);
        return new PendingField(name, member, () => new FieldDefinition(name, fieldType())
        {
            Description = description,
            DeprecationReason = deprecation,
            Arguments = new DefinitionCollection<InputValueDefinition>(arguments.Select(a => a())),
            Resolver = resolver,
            Metadata = metadata,
        });
    }

    private static UnaryExpression InstanceExpression(ParameterExpression context, MemberSource source) => source.Provider is not null
        ? Expression.Convert(Expression.Call(Expression.Constant(source.Provider), ProviderGetMethod, context), source.InstanceType)
        : Expression.Convert(Expression.Property(context, nameof(IResolverContext.Parent)), source.InstanceType);

    private Expression CreateParameter(ParameterInfo parameter, ParameterExpression context, MemberSource source, List<Func<InputValueDefinition>> arguments)
    {
        var type = parameter.ParameterType;
        var where = $"parameter \"{parameter.Name}\" of {TypeAnalysis.DisplayName(parameter.Member)}";
        if (type.IsByRef || parameter.IsOut || type.IsPointer)
        {
            throw new SchemaException($"The {where} is passed by reference, which a field argument cannot be: leave the method out with [GraphQLIgnore].");
        }

        if (type == typeof(CancellationToken))
        {
            return Expression.Property(context, nameof(IResolverContext.CancellationToken));
        }

        if (type == typeof(IResolverContext))
        {
            return context;
        }

        if (type == typeof(IServiceProvider))
        {
            return Expression.Property(context, nameof(IResolverContext.Services));
        }

        if (AttributeReader.Has<ParentAttribute>(parameter))
        {
            if (source.Target is null)
            {
                throw new SchemaException($"The {where} is marked [Parent], which only fields of object types can have.");
            }

            if (!type.IsAssignableFrom(source.Target.Clr))
            {
                throw new SchemaException($"The {where} is marked [Parent] but its type {TypeAnalysis.DisplayName(type)} cannot hold the parent {TypeAnalysis.DisplayName(source.Target.Clr)}.");
            }

            return source.Target.Root is { } root
                ? Expression.Convert(Expression.Call(Expression.Constant(root), ProviderGetMethod, context), type)
                : Expression.Convert(Expression.Property(context, nameof(IResolverContext.Parent)), type);
        }

        if (AttributeReader.Has<ServiceAttribute>(parameter))
        {
            var optional = parameter.HasDefaultValue || _nullability.Create(parameter).ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(type) is not null;
            return Expression.Call(GetServiceMethod.MakeGenericMethod(type), context, Expression.Constant(optional), Expression.Constant(where));
        }

        var special = SpecialParameter(type, context);
        if (special is not null)
        {
            return special;
        }

        var name = AttributeReader.Get<GraphQLNameAttribute>(parameter)?.Name ?? NamingConventions.ToCamelCase(parameter.Name ?? "arg" + parameter.Position);
        var nullability = _nullability.Create(parameter);
        var shape = TypeAnalysis.Analyze(type, nullability, useWriteState: false, IsLeaf);
        var hasDefault = parameter.HasDefaultValue;
        var clrDefault = hasDefault ? ClrDefaults.Normalize(parameter.DefaultValue, type) : null;
        if (hasDefault && clrDefault is null)
        {
            // `string? name = null`: an optional argument without a GraphQL default.
            hasDefault = false;
            shape = shape.WithNullable(true);
        }

        var argumentType = InputType(shape, parameter, null, where);
        var converter = AttributeReader.Has<GraphQLTypeAttribute>(parameter) ? _converters.ForOverride(type) : _converters.For(type);
        var description = AttributeReader.Description(parameter);
        var deprecation = AttributeReader.DeprecationReason(parameter);
        arguments.Add(() =>
        {
            var resolved = argumentType();
            return new InputValueDefinition(name, resolved)
            {
                Description = description,
                DeprecationReason = deprecation,
                HasDefaultValue = hasDefault,
                DefaultValue = hasDefault ? ToInternalValue(clrDefault, resolved, where) : null,
                Metadata = Metadata(CodeFirstMetadata.ClrMember, parameter),
            };
        });
        return Expression.Call(GetArgumentMethod.MakeGenericMethod(type), context, Expression.Constant(name), Expression.Constant(converter));
    }

    /// <summary>
    /// Parameters the request provides without an attribute: the request's <see cref="DataLoaderScope"/>,
    /// and DataLoaders (any class implementing <see cref="IDataLoader"/>), the request's instance of which
    /// comes from <see cref="DataLoaderScope.GetDataLoader{T}"/>.
    /// </summary>
    private static Expression? SpecialParameter(Type type, ParameterExpression context)
    {
        var scope = Expression.Property(context, nameof(IResolverContext.DataLoaders));
        if (type == typeof(DataLoaderScope))
        {
            return scope;
        }

        if (typeof(IDataLoader).IsAssignableFrom(type) && type.IsClass && !type.IsAbstract)
        {
            return Expression.Call(scope, GetDataLoaderMethod.MakeGenericMethod(type));
        }

        return null;
    }

    /// <summary>A C# default value as the internal value of its GraphQL type (what input coercion would produce).</summary>
    private static object? ToInternalValue(object? value, GraphQLType type, string where)
    {
        if (value is null || type.Nullable is ListType)
        {
            return value;
        }

        if (type.GetNamedType() is ScalarType scalar)
        {
            try
            {
                return scalar.ParseValue(scalar.Serialize(value));
            }
            catch (GraphQLException error)
            {
                throw new SchemaException($"The default value of the {where} cannot be represented as {scalar.Name}: {error.Message}", error);
            }
        }

        return value;
    }

    // ---- Type references -----------------------------------------------------------------------------

    private Func<GraphQLType> OutputType(Type type, NullabilityInfo? nullability, MemberInfo member, string where)
    {
        if (AttributeReader.Get<GraphQLTypeAttribute>(member) is { } overridden)
        {
            return TypeFromReference(overridden.TypeReference, where);
        }

        var shape = TypeAnalysis.Analyze(type, nullability, useWriteState: false, IsLeaf);
        var named = AttributeReader.Has<IDAttribute>(member) ? UseScalar(_scalarsByName["ID"]) : GetOutputNamedType(shape.NamedClrType, where);
        var wrapped = Wrap(shape, named);
        return () => wrapped;
    }

    private Func<GraphQLType> InputType(TypeShape shape, ICustomAttributeProvider provider, ICustomAttributeProvider? fallback, string where)
    {
        if (AttributeReader.Get<GraphQLTypeAttribute>(provider, fallback) is { } overridden)
        {
            return TypeFromReference(overridden.TypeReference, where);
        }

        var named = AttributeReader.Get<IDAttribute>(provider, fallback) is not null ? UseScalar(_scalarsByName["ID"]) : GetInputNamedType(shape.NamedClrType, where);
        var wrapped = Wrap(shape, named);
        return () => wrapped;
    }

    private Func<GraphQLType> TypeFromReference(string text, string where)
    {
        var reference = TypeReference.Parse(text)
            ?? throw new SchemaException($"The [GraphQLType(\"{text}\")] of {where} is not a GraphQL type reference such as \"[ID!]!\".");
        return () => reference.Resolve(LookupName)
            ?? throw new SchemaException($"The [GraphQLType(\"{text}\")] of {where} names a type that is not part of the schema: add it with AddType or AddScalar.");
    }

    private static GraphQLType Wrap(TypeShape shape, NamedType named)
    {
        GraphQLType inner = shape.Element is not null ? new ListType(Wrap(shape.Element, named)) : named;
        return shape.IsNullable ? inner : new NonNullType(inner);
    }

    // ---- Input objects -------------------------------------------------------------------------------

    private InputObjectState GetOrCreateInputObject(Type type, string where)
    {
        if (_inputObjects.TryGetValue(type, out var existing))
        {
            return existing;
        }

        CheckSupported(type, where, input: true);
        var typeName = TypeAnalysis.DisplayName(type);
        var name = AttributeReader.Get<GraphQLNameAttribute>(type)?.Name ?? NamingConventions.TypeName(type, dropInterfacePrefix: false, ArgumentName);
        if (AttributeReader.Get<GraphQLNameAttribute>(type) is null && !name.EndsWith("Input", StringComparison.Ordinal))
        {
            name += "Input";
        }

        var isOneOf = AttributeReader.Has<OneOfAttribute>(type);
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        var constructor = constructors.FirstOrDefault(c => c.GetParameters().Length == 0)
            ?? constructors.OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null && !type.IsValueType)
        {
            throw new SchemaException($"The input type {typeName} ({where}) has no public constructor.");
        }

        var parameters = constructor?.GetParameters() ?? [];
        var bindings = new List<InputFieldBinding>();
        var state = new InputObjectState(type, name);
        state.Type = new InputObjectType(name, () => state.Created!)
        {
            IsOneOf = isOneOf,
            RuntimeType = type,
            Description = AttributeReader.Description(type),
            Metadata = Metadata(CodeFirstMetadata.ClrType, type),
        };
        RegisterName(name, state.Type, typeName + " (as input)");
        _inputObjects[type] = state;
        _inputs.Add(state);

        var matched = new HashSet<ParameterInfo>();
        foreach (var property in InputProperties(type))
        {
            var parameter = parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is not null && AttributeReader.Has<GraphQLIgnoreAttribute>(property))
            {
                continue;
            }

            if (parameter is null && (property.SetMethod is not { IsPublic: true } || AttributeReader.Has<GraphQLIgnoreAttribute>(property)))
            {
                continue;
            }

            if (parameter is not null)
            {
                matched.Add(parameter);
            }

            var binding = new InputFieldBinding(InputFieldName(property, parameter), parameter?.ParameterType ?? property.PropertyType)
            {
                ConstructorParameter = parameter,
                Property = property,
                HasTypeOverride = AttributeReader.Get<GraphQLTypeAttribute>(property, parameter) is not null,
            };
            bindings.Add(binding);
            state.Fields.Add(CreateInputField(binding, property, parameter, isOneOf, typeName));
        }

        foreach (var parameter in parameters)
        {
            if (matched.Contains(parameter) || AttributeReader.Has<GraphQLIgnoreAttribute>(parameter))
            {
                continue;
            }

            var binding = new InputFieldBinding(InputFieldName(null, parameter), parameter.ParameterType)
            {
                ConstructorParameter = parameter,
                HasTypeOverride = AttributeReader.Has<GraphQLTypeAttribute>(parameter),
            };
            bindings.Add(binding);
            state.Fields.Add(CreateInputField(binding, null, parameter, isOneOf, typeName));
        }

        if (bindings.Count == 0)
        {
            throw new SchemaException(
                $"{typeName} ({where}) cannot be an input type: it has no settable properties or constructor parameters. Output types cannot be used as input.");
        }

        var duplicate = bindings.GroupBy(b => b.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SchemaException($"The input type {typeName} has more than one field named \"{duplicate.Key}\": rename one with [GraphQLName].");
        }

        state.Binding = new InputObjectBinding(type, constructor, bindings);
        return state;
    }

    private static List<PropertyInfo> InputProperties(Type type)
    {
        var chain = new List<Type>();
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var properties = new OrderedDictionary<string, PropertyInfo>(StringComparer.Ordinal);
        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
            {
                if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
                {
                    properties[property.Name] = property;
                }
            }
        }

        return [.. properties.Values];
    }

    private static string InputFieldName(PropertyInfo? property, ParameterInfo? parameter) =>
        (property is not null ? AttributeReader.Get<GraphQLNameAttribute>(property, parameter)?.Name : null)
        ?? (parameter is not null ? AttributeReader.Get<GraphQLNameAttribute>(parameter)?.Name : null)
        ?? NamingConventions.ToCamelCase(property?.Name ?? parameter!.Name!);

    private Func<InputValueDefinition> CreateInputField(InputFieldBinding binding, PropertyInfo? property, ParameterInfo? parameter, bool isOneOf, string typeName)
    {
        var where = property is not null ? "input field " + TypeAnalysis.DisplayName(property) : $"parameter \"{parameter!.Name}\" of the constructor of {typeName}";
        var nullability = parameter is not null ? _nullability.Create(parameter) : _nullability.Create(property!);
        var shape = TypeAnalysis.Analyze(binding.ClrType, nullability, useWriteState: parameter is null, IsLeaf);

        ICustomAttributeProvider provider = property ?? (ICustomAttributeProvider)parameter!;
        ICustomAttributeProvider? fallback = property is not null ? parameter : null;
        object? clrDefault = null;
        var hasDefault = false;
        if (AttributeReader.Get<DefaultValueAttribute>(provider, fallback) is { } defaultValue)
        {
            clrDefault = ClrDefaults.Normalize(defaultValue.Value, binding.ClrType);
            hasDefault = clrDefault is not null;
        }
        else if (parameter is { HasDefaultValue: true })
        {
            clrDefault = ClrDefaults.Normalize(parameter.DefaultValue, binding.ClrType);
            hasDefault = clrDefault is not null;
            if (!hasDefault)
            {
                shape = shape.WithNullable(true);
            }
        }

        if (isOneOf)
        {
            // OneOf fields are nullable and have no default; fields not given keep their CLR default.
            shape = shape.WithNullable(true);
            hasDefault = false;
        }

        var fieldType = InputType(shape, provider, fallback, where);
        var name = binding.Name;
        var description = AttributeReader.Description(provider, fallback);
        var deprecation = AttributeReader.DeprecationReason(provider, fallback);
        var member = (object?)property ?? parameter!;
        return () =>
        {
            var resolved = fieldType();
            return new InputValueDefinition(name, resolved)
            {
                Description = description,
                DeprecationReason = deprecation,
                HasDefaultValue = hasDefault,
                DefaultValue = hasDefault ? ToInternalValue(clrDefault, resolved, where) : null,
                Metadata = Metadata(CodeFirstMetadata.ClrMember, member),
            };
        };
    }

    // ---- State ----------------------------------------------------------------------------------------

    /// <summary>A field whose definition is created once every type is known.</summary>
    private sealed class PendingField(string name, MemberInfo member, Func<FieldDefinition> create)
    {
        public string Name { get; } = name;

        public MemberInfo Member { get; } = member;

        public Func<FieldDefinition> Create { get; } = create;
    }

    /// <summary>Where the members of a class are resolved from and what they are added to.</summary>
    private sealed class MemberSource(Type instanceType, InstanceProvider? provider, ObjectTypeState? target, bool includeStatic, bool forInterface)
    {
        /// <summary>The CLR type the instance is converted to before a member is called on it.</summary>
        public Type InstanceType { get; } = instanceType;

        /// <summary>Provides the instance (root types, type extensions); null to use the parent value.</summary>
        public InstanceProvider? Provider { get; } = provider;

        /// <summary>The object type receiving the fields (for <c>[Parent]</c>); null for interfaces.</summary>
        public ObjectTypeState? Target { get; } = target;

        public bool IncludeStatic { get; } = includeStatic;

        /// <summary>Interface fields have no resolver.</summary>
        public bool ForInterface { get; } = forInterface;
    }

    private sealed class ObjectTypeState(Type clr, string name, InstanceProvider? root)
    {
        public Type Clr { get; } = clr;

        public string Name { get; } = name;

        public InstanceProvider? Root { get; } = root;

        public ObjectType Type { get; set; } = null!;

        public List<PendingField> Fields { get; } = [];

        public List<InterfaceType> Interfaces { get; } = [];

        public FieldDefinition[]? Created { get; set; }
    }

    private sealed class InterfaceTypeState(Type clr, string name)
    {
        public Type Clr { get; } = clr;

        public string Name { get; } = name;

        public InterfaceType Type { get; set; } = null!;

        public List<PendingField> Fields { get; } = [];

        public List<InterfaceType> Interfaces { get; } = [];

        public List<ObjectTypeState> Implementations { get; } = [];

        public ConcurrentDictionary<Type, string?> Resolved { get; } = new();

        public FieldDefinition[]? Created { get; set; }
    }

    private sealed class UnionTypeState(Type clr, string name)
    {
        public Type Clr { get; } = clr;

        public string Name { get; } = name;

        public UnionType Type { get; set; } = null!;

        public List<ObjectTypeState> Members { get; } = [];

        public ConcurrentDictionary<Type, string?> Resolved { get; } = new();
    }

    private sealed class InputObjectState(Type clr, string name)
    {
        public Type Clr { get; } = clr;

        public string Name { get; } = name;

        public InputObjectType Type { get; set; } = null!;

        public List<Func<InputValueDefinition>> Fields { get; } = [];

        public InputObjectBinding Binding { get; set; } = null!;

        public InputValueDefinition[]? Created { get; set; }
    }

    private sealed class ExtensionState(Type clr, ExtendObjectTypeAttribute attribute, InstanceProvider provider)
    {
        public Type Clr { get; } = clr;

        public ExtendObjectTypeAttribute Attribute { get; } = attribute;

        public InstanceProvider Provider { get; } = provider;

        public bool Applied { get; set; }
    }
}
