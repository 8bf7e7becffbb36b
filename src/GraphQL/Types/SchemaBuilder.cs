using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (graphql-js <c>buildSchema</c>/<c>buildASTSchema</c>), then binds
/// behaviour to it: field resolvers, scalar implementations, type resolvers, <c>isTypeOf</c> checks and
/// internal enum values.
/// <code>
/// var schema = SchemaBuilder.FromSdl("type Query { hello: String }")
///     .AddResolver("Query", "hello", _ => new ValueTask&lt;object?&gt;("world"))
///     .Build();
/// </code>
/// Several SDL texts or documents are merged (their definitions concatenated, in the order given), so a
/// type may be extended in a later text. <see cref="Build()"/> checks the SDL as graphql-js does
/// (unknown types and directives, duplicate names, extensions of undefined types...), builds the types,
/// checks every binding names something that exists, then validates the type system; any problem throws
/// a <see cref="SchemaException"/> listing all of them.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<KeyValuePair<(string Type, string Field), FieldResolver>> _resolvers = [];
    private readonly List<ScalarType> _scalars = [];
    private readonly List<KeyValuePair<string, TypeResolver>> _typeResolvers = [];
    private readonly List<KeyValuePair<string, Func<object, IResolverContext, bool>>> _isTypeOf = [];
    private readonly List<KeyValuePair<string, IReadOnlyDictionary<string, object>>> _enumValues = [];
    private FieldResolver? _defaultFieldResolver;
    private bool _assumeValidSdl;
    private bool _ignoreInvalidDefaultValues;
    private bool _allowSharedRootTypes;

    private SchemaBuilder()
    {
    }

    /// <summary>A builder for the schema described by <paramref name="sdl"/> (parsed now: syntax errors throw here).</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>A builder for the schema described by several SDL texts, merged in order.</summary>
    public static SchemaBuilder FromSdl(IEnumerable<string> sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var builder = new SchemaBuilder();
        foreach (var text in sdl)
        {
            builder.AddSdl(text);
        }

        return builder;
    }

    /// <summary>A builder for the schema described by an already parsed document.</summary>
    public static SchemaBuilder FromDocument(DocumentNode document) => new SchemaBuilder().AddDocument(document);

    /// <summary>Builds the schema of <paramref name="sdl"/> without bindings (graphql-js <c>buildSchema</c>).</summary>
    public static Schema Build(string sdl) => FromSdl(sdl).Build();

    /// <summary>Adds the definitions and extensions of another SDL text.</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _documents.Add(GraphQLParser.Parse(sdl));
        return this;
    }

    /// <summary>Adds the definitions and extensions of a parsed document (executable definitions are ignored).</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Binds the resolver of the field <paramref name="fieldName"/> of the object type <paramref name="typeName"/> (the last binding of a field wins).</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(fieldName);
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers.Add(new((typeName, fieldName), resolver));
        return this;
    }

    /// <summary>Binds the resolvers of several fields of the object type <paramref name="typeName"/>, keyed by field name.</summary>
    public SchemaBuilder AddResolvers(string typeName, IReadOnlyDictionary<string, FieldResolver> resolvers)
    {
        ArgumentNullException.ThrowIfNull(resolvers);
        foreach (var (fieldName, resolver) in resolvers)
        {
            AddResolver(typeName, fieldName, resolver);
        }

        return this;
    }

    /// <summary>
    /// Gives the behaviour of the SDL-declared scalar named like <paramref name="implementation"/>. SDL
    /// scalars without an implementation pass values through (<see cref="Scalars.AnyScalarType"/>).
    /// </summary>
    public SchemaBuilder AddScalar(ScalarType implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        _scalars.Add(implementation);
        return this;
    }

    /// <summary>Binds the <c>resolveType</c> of an interface or union.</summary>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(abstractTypeName);
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers.Add(new(abstractTypeName, resolver));
        return this;
    }

    /// <summary>Binds the <c>isTypeOf</c> check of an object type.</summary>
    public SchemaBuilder AddIsTypeOf(string objectTypeName, Func<object, IResolverContext, bool> isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(objectTypeName);
        ArgumentNullException.ThrowIfNull(isTypeOf);
        _isTypeOf.Add(new(objectTypeName, isTypeOf));
        return this;
    }

    /// <summary>
    /// Gives internal values to values of an enum, keyed by value name (values not listed keep their
    /// name as internal value).
    /// </summary>
    public SchemaBuilder AddEnumValues(string enumName, IReadOnlyDictionary<string, object> internalValues)
    {
        ArgumentNullException.ThrowIfNull(enumName);
        ArgumentNullException.ThrowIfNull(internalValues);
        _enumValues.Add(new(enumName, internalValues));
        return this;
    }

    /// <summary>The resolver of fields that have none bound (default: <see cref="DefaultFieldResolver"/>).</summary>
    public SchemaBuilder UseDefaultFieldResolver(FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _defaultFieldResolver = resolver;
        return this;
    }

    /// <summary>
    /// Skips the SDL checks (graphql-js <c>assumeValidSDL</c>), for SDL known to be valid. Type-system
    /// validation still runs; an unknown type then reports <c>Unknown type: "Foo".</c>
    /// </summary>
    public SchemaBuilder AssumeValidSdl()
    {
        _assumeValidSdl = true;
        return this;
    }

    /// <summary>Builds and validates the schema; throws a <see cref="SchemaException"/> listing every problem found.</summary>
    /// <summary>
    /// Drops a default value that does not coerce to its argument's or input field's type, which then
    /// has no default, instead of failing the build: what graphql-js 16's <c>buildSchema</c> does (its
    /// <c>valueFromAST</c> gives <c>undefined</c> and nothing validates defaults). Without this option
    /// such a default is a build error, so that a mistake in a schema is reported rather than ignored.
    /// </summary>
    public SchemaBuilder IgnoreInvalidDefaultValues()
    {
        _ignoreInvalidDefaultValues = true;
        return this;
    }

    /// <summary>
    /// Accepts one object type as more than one root type (<c>schema { query: Q mutation: Q }</c>), which
    /// graphql-js 16's <c>validateSchema</c> allows. Without this option it is a build error, as the spec
    /// and graphql-js 17 require distinct root types.
    /// </summary>
    public SchemaBuilder AllowSharedRootTypes()
    {
        _allowSharedRootTypes = true;
        return this;
    }

    public Schema Build()
    {
        var definitions = new List<DefinitionNode>();
        foreach (var document in _documents)
        {
            definitions.AddRange(document.Definitions);
        }

        var bindings = new SdlBindings
        {
            Resolvers = _resolvers,
            Scalars = _scalars,
            TypeResolvers = _typeResolvers,
            IsTypeOf = _isTypeOf,
            EnumValues = _enumValues,
            DefaultFieldResolver = _defaultFieldResolver,
            AssumeValidSdl = _assumeValidSdl,
            IgnoreInvalidDefaultValues = _ignoreInvalidDefaultValues,
            AllowSharedRootTypes = _allowSharedRootTypes,
        };
        return new SdlSchemaFactory(new DocumentNode(definitions), bindings).Build();
    }
}
