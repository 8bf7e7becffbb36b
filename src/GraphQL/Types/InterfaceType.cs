using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types;

/// <summary>An interface type; it may itself implement interfaces (spec October 2021).</summary>
public sealed class InterfaceType : NamedType, IComplexOutputType
{
    private readonly Func<IEnumerable<FieldDefinition>> _fieldsThunk;
    private readonly Func<IEnumerable<InterfaceType>>? _interfacesThunk;
    private DefinitionCollection<FieldDefinition>? _fields;
    private InterfaceType[]? _interfaces;

    public InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name)
    {
        _fieldsThunk = fields;
        _interfacesThunk = interfaces;
    }

    public InterfaceType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    public DefinitionCollection<FieldDefinition> Fields => _fields ??= new DefinitionCollection<FieldDefinition>(_fieldsThunk());

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces ??= _interfacesThunk?.Invoke().ToArray() ?? [];

    /// <summary>
    /// Picks the object type of a value: returns the object type's name. When null, the executor uses
    /// <c>__typename</c> of a dictionary value, the CLR type of code-first objects, then <c>IsTypeOf</c>.
    /// </summary>
    public TypeResolver? ResolveType { get; init; }
}
