using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Tests.Types;

public class SchemaBuilderBindingTests
{
    private const string Sdl = """
        type Query {
          hello(name: String = "world"): String
          pets: [Pet]
          count: Int
          search: [Result]
          color: Color
          when: Date
        }

        interface Pet { name: String }
        type Dog implements Pet { name: String, barks: Boolean }
        type Cat implements Pet { name: String }
        union Result = Dog | Cat
        enum Color { RED GREEN BLUE }

        "Days since the epoch."
        scalar Date
        """;

    [Fact]
    public async Task Bound_resolvers_are_called_through_the_field_resolver()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "hello", context => new ValueTask<object?>("Hello, " + context.Argument<string>("name")))
            .AddResolvers("Query", new Dictionary<string, FieldResolver>(StringComparer.Ordinal)
            {
                ["count"] = _ => new ValueTask<object?>(42),
                ["pets"] = static async context =>
                {
                    await Task.Yield();
                    return new[] { context.Parent };
                },
            })
            .Build();

        Assert.Equal("Hello, you", await FakeResolverContext.ResolveAsync(schema, "Query", "hello", null, new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "you" }));
        Assert.Equal(42, await FakeResolverContext.ResolveAsync(schema, "Query", "count", null));
        Assert.Equal(new object?[] { "root" }, await FakeResolverContext.ResolveAsync(schema, "Query", "pets", "root"));

        // Fields without a resolver use the schema's default resolver.
        Assert.Null(((ObjectType)schema.GetType("Dog")!).Fields["barks"].Resolver);
        var dog = new Dictionary<string, object?>(StringComparer.Ordinal) { ["barks"] = true };
        Assert.Equal(true, await FakeResolverContext.ResolveAsync(schema, "Dog", "barks", dog));
    }

    [Fact]
    public async Task The_last_resolver_bound_to_a_field_wins()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "count", _ => new ValueTask<object?>(1))
            .AddResolver("Query", "count", _ => new ValueTask<object?>(2))
            .Build();
        Assert.Equal(2, await FakeResolverContext.ResolveAsync(schema, "Query", "count", null));
    }

    [Fact]
    public async Task The_default_field_resolver_can_be_replaced()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .UseDefaultFieldResolver(context => new ValueTask<object?>(context.Field.Name.ToUpperInvariant()))
            .Build();
        Assert.Equal("COUNT", await FakeResolverContext.ResolveAsync(schema, "Query", "count", null));
    }

    [Fact]
    public void Binds_type_resolvers_is_type_of_and_enum_values()
    {
        TypeResolver resolvePet = (value, _) => value is string ? "Cat" : "Dog";
        TypeResolver resolveResult = (_, _) => "Dog";
        Func<object, IResolverContext, bool> isDog = (value, _) => value is int;
        var schema = SchemaBuilder.FromSdl(Sdl)
            .AddTypeResolver("Pet", resolvePet)
            .AddTypeResolver("Result", resolveResult)
            .AddIsTypeOf("Dog", isDog)
            .AddEnumValues("Color", new Dictionary<string, object>(StringComparer.Ordinal) { ["RED"] = 1, ["BLUE"] = 3 })
            .Build();

        Assert.Same(resolvePet, ((InterfaceType)schema.GetType("Pet")!).ResolveType);
        Assert.Same(resolveResult, ((UnionType)schema.GetType("Result")!).ResolveType);
        Assert.Same(isDog, ((ObjectType)schema.GetType("Dog")!).IsTypeOf);
        Assert.Null(((ObjectType)schema.GetType("Cat")!).IsTypeOf);

        var color = (EnumType)schema.GetType("Color")!;
        Assert.Equal(1, color.Values["RED"].Value);
        Assert.Equal("GREEN", color.Values["GREEN"].Value);
        Assert.Equal("BLUE", color.Serialize(3));
        Assert.Equal(1, color.ParseLiteral(new EnumValueNode("RED")));
    }

    [Fact]
    public void A_registered_scalar_gives_its_behaviour_to_the_sdl_scalar()
    {
        var implementation = DaysScalar.WithUrl();
        var schema = SchemaBuilder.FromSdl(Sdl).AddScalar(implementation).Build();
        var date = Assert.IsType<BoundScalarType>(schema.GetType("Date"));
        Assert.Same(implementation, date.Implementation);
        Assert.Equal("Days since the epoch.", date.Description);
        Assert.Equal("https://example.com/days", date.SpecifiedByUrl);
        Assert.NotNull(date.SyntaxNode);
        Assert.Equal(3, date.Serialize(new DateOnly(1970, 1, 4)));
        Assert.Equal(new DateOnly(1970, 1, 2), date.ParseValue(1));
        Assert.Equal(new DateOnly(1970, 1, 3), date.ParseLiteral(new IntValueNode("2"), null));
        Assert.Same(date, schema.Query.Fields["when"].Type);
    }

    [Fact]
    public void Scalars_without_an_implementation_pass_values_through()
    {
        var date = Assert.IsType<AnyScalarType>(SchemaBuilder.Build(Sdl).GetType("Date"));
        var value = new object();
        Assert.Same(value, date.Serialize(value));
        Assert.Equal("Days since the epoch.", date.Description);
    }

    [Theory]
    [InlineData("Qurey", "hello", "Cannot bind a resolver to \"Qurey.hello\": the schema has no type \"Qurey\". Did you mean \"Query\"?")]
    [InlineData("Query", "helo", "Cannot bind a resolver to \"Query.helo\": type \"Query\" has no field \"helo\". Did you mean \"hello\"?")]
    [InlineData("Query", "nothing", "Cannot bind a resolver to \"Query.nothing\": type \"Query\" has no field \"nothing\".")]
    [InlineData("Pet", "name", "Cannot bind a resolver to \"Pet.name\": \"Pet\" is an interface, not an object type.")]
    [InlineData("String", "length", "Cannot bind a resolver to \"String.length\": the schema has no type \"String\".")]
    public void Binding_a_resolver_to_something_missing_is_an_error(string typeName, string fieldName, string expected)
    {
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver(typeName, fieldName, _ => default);
        var error = Assert.Throws<SchemaException>(builder.Build);
        Assert.Equal([expected], error.Errors, StringComparer.Ordinal);
    }

    [Fact]
    public void Every_binding_error_is_reported()
    {
        var builder = SchemaBuilder.FromSdl(Sdl)
            .AddTypeResolver("Pets", (_, _) => null)
            .AddTypeResolver("Dog", (_, _) => null)
            .AddIsTypeOf("Pet", (_, _) => true)
            .AddIsTypeOf("Ct", (_, _) => true)
            .AddEnumValues("Colour", new Dictionary<string, object>(StringComparer.Ordinal))
            .AddEnumValues("Color", new Dictionary<string, object>(StringComparer.Ordinal) { ["REDD"] = 1 })
            .AddScalar(new DaysScalar("Dat"))
            .AddScalar(new DaysScalar("Dog"))
            .AddScalar(new DaysScalar("ID"));
        var error = Assert.Throws<SchemaException>(builder.Build);
        Assert.Equal(
            [
                "Cannot bind a type resolver to \"Pets\": the schema has no type \"Pets\". Did you mean \"Pet\"?",
                "Cannot bind a type resolver to \"Dog\": \"Dog\" is an object type, not an interface or a union.",
                "Cannot bind isTypeOf to \"Pet\": \"Pet\" is an interface, not an object type.",
                "Cannot bind isTypeOf to \"Ct\": the schema has no type \"Ct\". Did you mean \"Cat\"?",
                "Cannot bind enum values to \"Colour\": the schema has no type \"Colour\". Did you mean \"Color\"?",
                "Cannot bind the internal value of \"Color.REDD\": enum \"Color\" has no value \"REDD\". Did you mean \"RED\"?",
                "Cannot bind the scalar \"Dat\": the schema has no type \"Dat\". Did you mean \"Date\"?",
                "Cannot bind the scalar \"Dog\": \"Dog\" is an object type, not a scalar.",
                "Cannot replace the built-in scalar \"ID\".",
            ],
            error.Errors,
            StringComparer.Ordinal);
    }

    private sealed class DaysScalar(string name = "Date") : ScalarType(name)
    {
        private static readonly DateOnly Epoch = new(1970, 1, 1);

        public override object? Serialize(object? value) => value is DateOnly date ? date.DayNumber - Epoch.DayNumber : throw new GraphQLException("Not a date.");

        public override object? ParseValue(object? value) => value is int days ? Epoch.AddDays(days) : throw new GraphQLException("Not a day number.");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
            literal is IntValueNode i ? Epoch.AddDays(int.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture)) : throw new GraphQLException("Not a day number.");

        internal static DaysScalar WithUrl() => new() { SpecifiedByUrl = "https://example.com/days" };
    }
}
