using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;
using DirectiveLocationKind = Gateway.GraphQL.Language.DirectiveLocation;
using GraphQLTypeKind = Gateway.GraphQL.Types.TypeKind;
using SchemaModel = Gateway.GraphQL.Types.Schema;

namespace Gateway.GraphQL.Introspection;

/// <summary>
/// The introspection types of the spec (section 4.2): <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>,
/// <c>__InputValue</c>, <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c> and
/// <c>__DirectiveLocation</c>, resolving over the schema model itself. Shared by every schema; their
/// fields, order and descriptions are those graphql-js exposes, so introspection results match it.
/// </summary>
public static class IntrospectionTypes
{
    // Boxed once: resolvers return these instead of boxing a bool or a kind per field.
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] KindBoxes = Enum.GetValues<GraphQLTypeKind>().Select(kind => (object)kind).ToArray();


    public static ObjectType Schema { get; } = new ObjectType("__Schema", () =>
    [
        Define<SchemaModel>("description", BuiltInScalars.String, s => s.Description),
        Define<SchemaModel>("types", NonNullListOf(Type!), s => s.Types, "A list of all types supported by this server."),
        Define<SchemaModel>("queryType", new NonNullType(Type!), s => s.Query, "The type that query operations will be rooted at."),
        Define<SchemaModel>("mutationType", Type!, s => s.Mutation, "If this server supports mutation, the type that mutation operations will be rooted at."),
        Define<SchemaModel>("subscriptionType", Type!, s => s.Subscription, "If this server support subscription, the type that subscription operations will be rooted at."),
        new FieldDefinition("directives", NonNullListOf(Directive!))
        {
            Description = "A list of all directives supported by this server.",
            Arguments = new DefinitionCollection<InputValueDefinition>(
            [
                new InputValueDefinition("includeDeprecated", new NonNullType(BuiltInScalars.Boolean)) { HasDefaultValue = true, DefaultValue = false },
            ]),
            Resolver = static context => new ValueTask<object?>(((SchemaModel)context.Parent!).Directives
                .Where(d => context.Arguments["includeDeprecated"] is true || !d.IsDeprecated)
                .ToList()),
        },
    ])
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    public static ObjectType Directive { get; } = new ObjectType("__Directive", () =>
    [
        Define<DirectiveDefinition>("name", new NonNullType(BuiltInScalars.String), d => d.Name),
        Define<DirectiveDefinition>("description", BuiltInScalars.String, d => d.Description),
        Define<DirectiveDefinition>("isRepeatable", new NonNullType(BuiltInScalars.Boolean), d => Box(d.IsRepeatable)),
        Define<DirectiveDefinition>("locations", NonNullListOf(DirectiveLocation!), d => d.Locations),
        DefineWithDeprecated<DirectiveDefinition>("args", NonNullListOf(InputValue!), (d, all) => Filter(d.Arguments, all)),
        Define<DirectiveDefinition>("isDeprecated", new NonNullType(BuiltInScalars.Boolean), d => Box(d.IsDeprecated)),
        Define<DirectiveDefinition>("deprecationReason", BuiltInScalars.String, d => d.DeprecationReason),
    ])
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    public static EnumType DirectiveLocation { get; } = new EnumType("__DirectiveLocation",
    [
        LocationValue(DirectiveLocationKind.Query, "Location adjacent to a query operation."),
        LocationValue(DirectiveLocationKind.Mutation, "Location adjacent to a mutation operation."),
        LocationValue(DirectiveLocationKind.Subscription, "Location adjacent to a subscription operation."),
        LocationValue(DirectiveLocationKind.Field, "Location adjacent to a field."),
        LocationValue(DirectiveLocationKind.FragmentDefinition, "Location adjacent to a fragment definition."),
        LocationValue(DirectiveLocationKind.FragmentSpread, "Location adjacent to a fragment spread."),
        LocationValue(DirectiveLocationKind.InlineFragment, "Location adjacent to an inline fragment."),
        LocationValue(DirectiveLocationKind.VariableDefinition, "Location adjacent to a variable definition."),
        LocationValue(DirectiveLocationKind.Schema, "Location adjacent to a schema definition."),
        LocationValue(DirectiveLocationKind.Scalar, "Location adjacent to a scalar definition."),
        LocationValue(DirectiveLocationKind.Object, "Location adjacent to an object type definition."),
        LocationValue(DirectiveLocationKind.FieldDefinition, "Location adjacent to a field definition."),
        LocationValue(DirectiveLocationKind.ArgumentDefinition, "Location adjacent to an argument definition."),
        LocationValue(DirectiveLocationKind.Interface, "Location adjacent to an interface definition."),
        LocationValue(DirectiveLocationKind.Union, "Location adjacent to a union definition."),
        LocationValue(DirectiveLocationKind.Enum, "Location adjacent to an enum definition."),
        LocationValue(DirectiveLocationKind.EnumValue, "Location adjacent to an enum value definition."),
        LocationValue(DirectiveLocationKind.InputObject, "Location adjacent to an input object type definition."),
        LocationValue(DirectiveLocationKind.InputFieldDefinition, "Location adjacent to an input object field definition."),
        LocationValue(DirectiveLocationKind.DirectiveDefinition, "Location adjacent to a directive definition."),
    ])
    {
        Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
    };

    public static ObjectType Type { get; } = new ObjectType("__Type", () =>
    [
        Define<GraphQLType>("kind", new NonNullType(TypeKind!), t => KindBoxes[(int)t.Kind]),
        Define<GraphQLType>("name", BuiltInScalars.String, t => (t as NamedType)?.Name),
        Define<GraphQLType>("description", BuiltInScalars.String, t => (t as NamedType)?.Description),
        Define<GraphQLType>("specifiedByURL", BuiltInScalars.String, t => (t as ScalarType)?.SpecifiedByUrl),
        DefineWithDeprecated<GraphQLType>("fields", new ListType(new NonNullType(Field!)), (t, all) =>
            t is IComplexOutputType complex ? Filter(complex.Fields, all) : null),
        Define<GraphQLType>("interfaces", new ListType(new NonNullType(Type!)), t => (t as IComplexOutputType)?.Interfaces),
        DefineWithContext<GraphQLType>("possibleTypes", new ListType(new NonNullType(Type!)), (t, context) =>
            t.IsAbstractType ? context.Schema.GetPossibleTypes((NamedType)t) : null),
        DefineWithDeprecated<GraphQLType>("enumValues", new ListType(new NonNullType(EnumValue!)), (t, all) =>
            t is EnumType enumType ? enumType.Values.Where(v => all || !v.IsDeprecated).ToList() : null),
        DefineWithDeprecated<GraphQLType>("inputFields", new ListType(new NonNullType(InputValue!)), (t, all) =>
            t is InputObjectType input ? Filter(input.Fields, all) : null),
        Define<GraphQLType>("ofType", Type!, t => t switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }),
        Define<GraphQLType>("isOneOf", BuiltInScalars.Boolean, t => t is InputObjectType input ? Box(input.IsOneOf) : null),
    ])
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    public static ObjectType Field { get; } = new ObjectType("__Field", () =>
    [
        Define<FieldDefinition>("name", new NonNullType(BuiltInScalars.String), f => f.Name),
        Define<FieldDefinition>("description", BuiltInScalars.String, f => f.Description),
        DefineWithDeprecated<FieldDefinition>("args", NonNullListOf(InputValue!), (f, all) => Filter(f.Arguments, all)),
        Define<FieldDefinition>("type", new NonNullType(Type!), f => f.Type),
        Define<FieldDefinition>("isDeprecated", new NonNullType(BuiltInScalars.Boolean), f => Box(f.IsDeprecated)),
        Define<FieldDefinition>("deprecationReason", BuiltInScalars.String, f => f.DeprecationReason),
    ])
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    public static ObjectType InputValue { get; } = new ObjectType("__InputValue", () =>
    [
        Define<InputValueDefinition>("name", new NonNullType(BuiltInScalars.String), v => v.Name),
        Define<InputValueDefinition>("description", BuiltInScalars.String, v => v.Description),
        Define<InputValueDefinition>("type", new NonNullType(Type!), v => v.Type),
        Define<InputValueDefinition>("defaultValue", BuiltInScalars.String, PrintDefaultValue,
            "A GraphQL-formatted string representing the default value for this input value."),
        Define<InputValueDefinition>("isDeprecated", new NonNullType(BuiltInScalars.Boolean), v => Box(v.IsDeprecated)),
        Define<InputValueDefinition>("deprecationReason", BuiltInScalars.String, v => v.DeprecationReason),
    ])
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    public static ObjectType EnumValue { get; } = new ObjectType("__EnumValue", () =>
    [
        Define<EnumValueDefinition>("name", new NonNullType(BuiltInScalars.String), v => v.Name),
        Define<EnumValueDefinition>("description", BuiltInScalars.String, v => v.Description),
        Define<EnumValueDefinition>("isDeprecated", new NonNullType(BuiltInScalars.Boolean), v => Box(v.IsDeprecated)),
        Define<EnumValueDefinition>("deprecationReason", BuiltInScalars.String, v => v.DeprecationReason),
    ])
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    public static EnumType TypeKind { get; } = new EnumType("__TypeKind",
    [
        new("SCALAR", GraphQLTypeKind.Scalar) { Description = "Indicates this type is a scalar." },
        new("OBJECT", GraphQLTypeKind.Object) { Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." },
        new("INTERFACE", GraphQLTypeKind.Interface) { Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." },
        new("UNION", GraphQLTypeKind.Union) { Description = "Indicates this type is a union. `possibleTypes` is a valid field." },
        new("ENUM", GraphQLTypeKind.Enum) { Description = "Indicates this type is an enum. `enumValues` is a valid field." },
        new("INPUT_OBJECT", GraphQLTypeKind.InputObject) { Description = "Indicates this type is an input object. `inputFields` is a valid field." },
        new("LIST", GraphQLTypeKind.List) { Description = "Indicates this type is a list. `ofType` is a valid field." },
        new("NON_NULL", GraphQLTypeKind.NonNull) { Description = "Indicates this type is a non-null. `ofType` is a valid field." },
    ])
    {
        Description = "An enum describing what kind of type a given `__Type` is.",
    };

    /// <summary>The meta-field <c>__schema</c>, available on the query root type.</summary>
    public static FieldDefinition SchemaField { get; } = new FieldDefinition("__schema", new NonNullType(Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolver = static context => new ValueTask<object?>(context.Schema),
    };

    /// <summary>The meta-field <c>__type(name:)</c>, available on the query root type.</summary>
    public static FieldDefinition TypeField { get; } = new FieldDefinition("__type", Type)
    {
        Description = "Request the type information of a single type.",
        Arguments = new DefinitionCollection<InputValueDefinition>([new InputValueDefinition("name", new NonNullType(BuiltInScalars.String))]),
        Resolver = static context => new ValueTask<object?>(context.Schema.GetType((string)context.Arguments["name"]!)),
    };

    /// <summary>The meta-field <c>__typename</c>, available on every object, interface and union.</summary>
    public static FieldDefinition TypeNameField { get; } = new FieldDefinition("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = static context => new ValueTask<object?>(context.ParentType.Name),
    };

    /// <summary>The eight introspection types, in graphql-js's order.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];

    /// <summary>True for the names of the introspection types (<c>__Schema</c>, ...).</summary>
    public static bool IsIntrospectionType(string name) => All.Any(t => t.Name == name);

    private static EnumValueDefinition LocationValue(DirectiveLocationKind location, string description) =>
        new(location.ToSpecName(), location) { Description = description };

    private static object Box(bool value) => value ? True : False;

    private static NonNullType NonNullListOf(GraphQLType itemType) => new(new ListType(new NonNullType(itemType)));

    private static string? PrintDefaultValue(InputValueDefinition value)
    {
        if (!value.HasDefaultValue)
        {
            return null;
        }

        var literal = ValueLiterals.FromValue(value.DefaultValue, value.Type);
        return literal is null ? null : SyntaxPrinter.Print(literal);
    }

    private static List<T> Filter<T>(IEnumerable<T> items, bool includeDeprecated)
        where T : class, INamedDefinition =>
        items.Where(item => includeDeprecated || item switch
        {
            FieldDefinition f => !f.IsDeprecated,
            InputValueDefinition v => !v.IsDeprecated,
            _ => true,
        }).ToList();

    private static FieldDefinition Define<TParent>(string name, GraphQLType type, Func<TParent, object?> resolve, string? description = null) =>
        new(name, type)
        {
            Description = description,
            Resolver = context => new ValueTask<object?>(resolve((TParent)context.Parent!)),
        };

    private static FieldDefinition DefineWithContext<TParent>(string name, GraphQLType type, Func<TParent, IResolverContext, object?> resolve) =>
        new(name, type)
        {
            Resolver = context => new ValueTask<object?>(resolve((TParent)context.Parent!, context)),
        };

    private static FieldDefinition DefineWithDeprecated<TParent>(string name, GraphQLType type, Func<TParent, bool, object?> resolve) =>
        new(name, type)
        {
            Arguments = new DefinitionCollection<InputValueDefinition>(
            [
                new InputValueDefinition("includeDeprecated", BuiltInScalars.Boolean) { HasDefaultValue = true, DefaultValue = false },
            ]),
            Resolver = context => new ValueTask<object?>(resolve(
                (TParent)context.Parent!,
                context.Arguments.TryGetValue("includeDeprecated", out var all) && all is true)),
        };
}
