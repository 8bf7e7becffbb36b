namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Builds a <see cref="Schema"/> from C# types, in HotChocolate's implementation-first style:
/// <code>
/// var schema = new CodeFirstSchemaBuilder()
///     .AddQueryType&lt;Query&gt;()
///     .AddMutationType&lt;Mutation&gt;()
///     .AddType&lt;Circle&gt;()
///     .AddTypeExtension&lt;StudyResolvers&gt;()
///     .Build();
/// </code>
/// Classes, records and structs become object types (public properties, then public methods, are
/// fields); C# interfaces become interface types; enums become enum types (values in CONSTANT_CASE);
/// classes used as arguments become input object types (<c>Input</c> suffix). Nullability follows the C#
/// annotations. See the attributes of this namespace for renaming, descriptions, deprecation, ignoring,
/// type overrides, parent and service parameters, OneOf inputs, unions and type extensions.
/// </summary>
public sealed class CodeFirstSchemaBuilder
{
    private readonly List<Type> _types = [];
    private readonly List<NamedType> _namedTypes = [];
    private readonly List<Type> _extensions = [];
    private readonly Dictionary<Type, ScalarType> _scalarBindings = [];
    private readonly List<ScalarType> _scalars = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private Type? _query;
    private Type? _mutation;
    private string? _description;
    private CacheControlRules? _cacheRules;

    /// <summary>
    /// The query type. Named <c>Query</c> unless it has <see cref="GraphQLNameAttribute"/>. Its public
    /// instance and static methods and properties are fields; instance members run on the request's
    /// service of the type when registered, else on one instance per schema made with its public
    /// parameterless constructor (or on the root value given to the executor, when of the type).
    /// </summary>
    public CodeFirstSchemaBuilder AddQueryType<T>() => AddQueryType(typeof(T));

    /// <inheritdoc cref="AddQueryType{T}"/>
    public CodeFirstSchemaBuilder AddQueryType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _query = type;
        return this;
    }

    /// <summary>The mutation type (named <c>Mutation</c>); instances as for <see cref="AddQueryType{T}"/>.</summary>
    public CodeFirstSchemaBuilder AddMutationType<T>() => AddMutationType(typeof(T));

    /// <inheritdoc cref="AddMutationType{T}"/>
    public CodeFirstSchemaBuilder AddMutationType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _mutation = type;
        return this;
    }

    /// <summary>
    /// Adds a type that fields may not reach, typically an object type implementing an interface or
    /// belonging to a union; also an interface, union marker or enum to include.
    /// </summary>
    public CodeFirstSchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <inheritdoc cref="AddType{T}"/>
    public CodeFirstSchemaBuilder AddType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
        return this;
    }

    /// <summary>Adds a GraphQL type built by hand; <see cref="GraphQLTypeAttribute"/> may refer to it by name.</summary>
    public CodeFirstSchemaBuilder AddType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _namedTypes.Add(type);
        return this;
    }

    /// <summary>
    /// Adds a class marked <see cref="ExtendObjectTypeAttribute"/>: its public methods and properties
    /// (instance and static) become fields of the extended object type. Instances as for root types.
    /// </summary>
    public CodeFirstSchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    /// <inheritdoc cref="AddTypeExtension{T}"/>
    public CodeFirstSchemaBuilder AddTypeExtension(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _extensions.Add(type);
        return this;
    }

    /// <summary>
    /// Maps a CLR type to a scalar (replacing the default mapping, if any). Resolvers return values of
    /// the CLR type, which the scalar serializes; arguments of the CLR type receive what the scalar parses.
    /// </summary>
    public CodeFirstSchemaBuilder AddScalar(Type runtimeType, ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        ArgumentNullException.ThrowIfNull(scalar);
        _scalarBindings[runtimeType] = scalar;
        return this;
    }

    /// <inheritdoc cref="AddScalar(Type, ScalarType)"/>
    public CodeFirstSchemaBuilder AddScalar<TRuntime>(ScalarType scalar) => AddScalar(typeof(TRuntime), scalar);

    /// <summary>
    /// Adds a scalar without a CLR mapping, for <see cref="GraphQLTypeAttribute"/> references; a scalar
    /// named like a default one (<c>DateTime</c>, <c>Long</c>...) replaces it for the CLR types mapped to it.
    /// </summary>
    public CodeFirstSchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars.Add(scalar);
        return this;
    }

    /// <summary>Adds a directive definition to the schema (beside the built-in ones).</summary>
    public CodeFirstSchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>
    /// Adds the <c>@cacheControl</c> directive and its <c>CacheControlScope</c> enum to the schema (so SDL and
    /// introspection show them) and, optionally, hints given by rules rather than <see cref="CacheControlAttribute"/>s
    /// (by type name, field coordinate or CLR namespace). <see cref="CacheControlAttribute"/>s are read in any case.
    /// </summary>
    public CodeFirstSchemaBuilder AddCacheControl(Action<CacheControlRules>? configure = null)
    {
        if (_cacheRules is null)
        {
            _cacheRules = new CacheControlRules();
            _directives.Add(CacheControl.CacheControlDirective.Definition);
        }

        configure?.Invoke(_cacheRules);
        return this;
    }

    /// <summary>Sets the schema's description.</summary>
    public CodeFirstSchemaBuilder SetDescription(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Builds and validates the schema; a <see cref="SchemaException"/> names the CLR type and member of any problem.</summary>
    public Schema Build()
    {
        if (_query is null)
        {
            throw new SchemaException("A code-first schema needs a query type: call AddQueryType.");
        }

        var registry = new CodeFirstTypeRegistry(_scalarBindings, _scalars, _cacheRules);
        var query = registry.AddRootType(_query, "Query");
        var mutation = _mutation is null ? null : registry.AddRootType(_mutation, "Mutation");
        foreach (var type in _namedTypes)
        {
            registry.AddNamedType(type);
        }

        foreach (var type in _types)
        {
            registry.AddType(type);
        }

        foreach (var extension in _extensions)
        {
            registry.AddExtension(extension);
        }

        registry.Complete();
        var schema = new Schema(new SchemaDefinition
        {
            Query = query,
            Mutation = mutation,
            // Every type, in the order met (root types first), so that introspection and printing list
            // them that way; types no field reaches (interface implementations...) are included too.
            Types = registry.Types,
            Directives = _directives.Count == 0 ? null : [.. BuiltInDirectives.All, .. _directives],
            Description = _description,
        });
        if (_cacheRules?.Unmatched(schema).ToList() is { Count: > 0 } unmatched)
        {
            throw new SchemaException([.. unmatched.Select(what => $"A cache-control rule names {what}, which the schema does not have.")]);
        }

        return schema;
    }
}
