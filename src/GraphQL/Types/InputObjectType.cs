namespace Gateway.GraphQL.Types;

/// <summary>
/// An input object type (spec section 3.10), possibly a OneOf input object (<c>@oneOf</c>: exactly one
/// field given, and not null). Coerced values are ordered string-keyed dictionaries.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private readonly Func<IEnumerable<InputValueDefinition>> _fieldsThunk;
    private DefinitionCollection<InputValueDefinition>? _fields;

    public InputObjectType(string name, Func<IEnumerable<InputValueDefinition>> fields)
        : base(name)
    {
        _fieldsThunk = fields;
    }

    public InputObjectType(string name, IEnumerable<InputValueDefinition> fields)
        : this(name, () => fields)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public DefinitionCollection<InputValueDefinition> Fields => _fields ??= new DefinitionCollection<InputValueDefinition>(_fieldsThunk());

    /// <summary>True for a OneOf input object (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; init; }

    /// <summary>The CLR type resolvers receive for this input, for code-first schemas.</summary>
    public Type? RuntimeType { get; init; }
}
