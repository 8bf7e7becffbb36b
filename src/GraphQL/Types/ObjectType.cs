using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types;

/// <summary>
/// An object type. Fields and interfaces are given as thunks so that types may refer to each other
/// (and to themselves); the schema forces them once, when it is built.
/// </summary>
public sealed class ObjectType : NamedType, IComplexOutputType
{
    private readonly Func<IEnumerable<FieldDefinition>> _fieldsThunk;
    private readonly Func<IEnumerable<InterfaceType>>? _interfacesThunk;
    private DefinitionCollection<FieldDefinition>? _fields;
    private InterfaceType[]? _interfaces;

    public ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name)
    {
        _fieldsThunk = fields;
        _interfacesThunk = interfaces;
    }

    public ObjectType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    public DefinitionCollection<FieldDefinition> Fields => _fields ??= new DefinitionCollection<FieldDefinition>(_fieldsThunk());

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces ??= _interfacesThunk?.Invoke().ToArray() ?? [];

    /// <summary>Optional check used to resolve abstract types when they have no <c>ResolveType</c>.</summary>
    public Func<object, IResolverContext, bool>? IsTypeOf { get; init; }

    /// <summary>The CLR type whose instances are of this GraphQL type, for code-first schemas.</summary>
    public Type? RuntimeType { get; init; }

    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var item in Interfaces)
        {
            if (ReferenceEquals(item, interfaceType))
            {
                return true;
            }
        }

        return false;
    }
}
