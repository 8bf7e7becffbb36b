using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    private const string Library = """
        "The library."
        schema @meta(tag: "root") {
          query: Library
          mutation: Desk
        }

        extend schema @meta(tag: "more") {
          subscription: Feed
        }

        "Tags anything."
        directive @meta(tag: String!) repeatable on SCHEMA | OBJECT | FIELD_DEFINITION | SCALAR | ENUM_VALUE

        directive @limit(max: Int = 10, "Why" reason: String @deprecated) on FIELD | QUERY

        "A point in time."
        scalar Instant @specifiedBy(url: "https://example.com/instant") @meta(tag: "time")

        scalar Json

        type Library @meta(tag: "lib") {
          "A book by id."
          book(id: ID!): Book
          books(genre: Genre = FICTION, first: Int = 10, filter: BookFilter = {title: "a"}): [Book!]!
          media: [Media]
          node(id: ID!): Node
          legacy: String @deprecated
          older(arg: Int @deprecated(reason: "Unused.")): String @deprecated(reason: "Use book.")
          raw(value: Json = {a: [1, "x"], b: null}): Json
        }

        type Desk {
          lend(input: LendInput!): Book
        }

        type Feed {
          returned: Book
        }

        interface Node {
          id: ID!
        }

        interface Item implements Node {
          id: ID!
          title: String
        }

        type Book implements Item & Node @meta(tag: "book") {
          id: ID!
          title: String
          genre: Genre
          published: Instant
        }

        type Film implements Node {
          id: ID!
        }

        union Media = Book

        enum Genre {
          "Made up."
          FICTION
          HISTORY @deprecated
          POETRY @deprecated(reason: "Nobody reads it.") @meta(tag: "sad")
        }

        input BookFilter {
          title: String
          first: Int = 5
          genres: [Genre!] = FICTION
          old: Boolean @deprecated(reason: "gone")
        }

        input LendInput @oneOf {
          bookId: ID
          title: String
        }

        extend type Library @meta(tag: "ext") {
          film(id: ID!): Film
        }

        extend type Film implements Item {
          title: String
        }

        extend union Media = Film

        extend enum Genre {
          SCIENCE
        }

        extend input BookFilter {
          author: String = "anonymous"
        }

        extend scalar Json @meta(tag: "json")

        extend interface Item {
          year: Int
        }

        extend type Book {
          year: Int
        }

        extend type Film {
          year: Int
        }
        """;

    private static readonly Schema LibrarySchema = SchemaBuilder.Build(Library);

    private static T Type<T>(string name)
        where T : NamedType => (T)LibrarySchema.GetType(name)!;

    [Fact]
    public void Reads_the_schema_definition_and_its_extensions()
    {
        var schema = LibrarySchema;
        Assert.Equal("Library", schema.Query.Name);
        Assert.Equal("Desk", schema.Mutation?.Name);
        Assert.Equal("Feed", schema.Subscription?.Name);
        Assert.Equal("The library.", schema.Description);
        Assert.NotNull(schema.SyntaxNode);
        Assert.Equal("meta", Assert.Single(schema.SyntaxNode.Directives).Name.Value);
        Assert.Single(schema.ExtensionSyntaxNodes);
    }

    [Fact]
    public void Without_a_schema_definition_the_conventional_names_are_the_roots()
    {
        var schema = SchemaBuilder.Build("type Subscription { s: Int } type Mutation { m: Int } type Query { q: Int }");
        Assert.Equal("Query", schema.Query.Name);
        Assert.Equal("Mutation", schema.Mutation?.Name);
        Assert.Equal("Subscription", schema.Subscription?.Name);
        Assert.Null(schema.Description);
        Assert.Null(schema.SyntaxNode);
    }

    [Fact]
    public void Schema_extensions_add_root_types()
    {
        var schema = SchemaBuilder.Build("type Query { q: Int } type Events { e: Int } extend schema { subscription: Events }");
        Assert.Equal("Events", schema.Subscription?.Name);
        Assert.Null(schema.Mutation);
    }

    [Fact]
    public void A_missing_query_root_is_reported()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build("type Mutation { m: Int }"));
        Assert.Equal(["Query root type must be provided."], error.Errors, StringComparer.Ordinal);
    }

    [Fact]
    public void Builds_object_types_with_fields_arguments_and_descriptions()
    {
        var library = Type<ObjectType>("Library");
        Assert.Equal(
            ["book", "books", "media", "node", "legacy", "older", "raw", "film"],
            library.Fields.Select(f => f.Name),
            StringComparer.Ordinal);
        var book = library.Fields["book"];
        Assert.Equal("A book by id.", book.Description);
        Assert.Equal("Book", book.Type.ToString());
        Assert.Equal("id: ID!", Assert.Single(book.Arguments).ToString());
        Assert.Same(Type<ObjectType>("Book"), book.Type);
        Assert.Same(BuiltInScalars.ID, ((NonNullType)book.Arguments[0].Type).OfType);
        Assert.Equal("[Book!]!", library.Fields["books"].Type.ToString());
        Assert.NotNull(book.SyntaxNode);
        Assert.Null(book.Resolver);
    }

    [Fact]
    public void Keeps_applied_directives_and_syntax_nodes_of_definitions_and_extensions()
    {
        var library = Type<ObjectType>("Library");
        Assert.Equal(["lib", "ext"], library.Directives.Select(d => ((StringValueNode)d.Arguments[0].Value).Value), StringComparer.Ordinal);
        Assert.IsType<ObjectTypeDefinitionNode>(library.SyntaxNode);
        Assert.IsType<ObjectTypeExtensionNode>(Assert.Single(library.ExtensionSyntaxNodes));

        var poetry = Type<EnumType>("Genre").Values["POETRY"];
        Assert.Equal(["deprecated", "meta"], poetry.Directives.Select(d => d.Name.Value), StringComparer.Ordinal);
        Assert.Equal(["meta"], Type<ScalarType>("Json").Directives.Select(d => d.Name.Value), StringComparer.Ordinal);
    }

    [Fact]
    public void Extension_fields_interfaces_members_and_values_come_after_the_definitions_own()
    {
        Assert.Equal(["id", "title", "year"], Type<InterfaceType>("Item").Fields.Select(f => f.Name), StringComparer.Ordinal);
        var film = Type<ObjectType>("Film");
        Assert.Equal(["id", "title", "year"], film.Fields.Select(f => f.Name), StringComparer.Ordinal);
        Assert.Equal(["Node", "Item"], film.Interfaces.Select(i => i.Name), StringComparer.Ordinal);
        Assert.Equal(2, film.ExtensionSyntaxNodes.Count);
        Assert.Equal(["Book", "Film"], Type<UnionType>("Media").Types.Select(t => t.Name), StringComparer.Ordinal);
        Assert.Equal(["FICTION", "HISTORY", "POETRY", "SCIENCE"], Type<EnumType>("Genre").Values.Select(v => v.Name), StringComparer.Ordinal);
        Assert.Equal(["title", "first", "genres", "old", "author"], Type<InputObjectType>("BookFilter").Fields.Select(f => f.Name), StringComparer.Ordinal);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces()
    {
        var item = Type<InterfaceType>("Item");
        Assert.Equal("Node", Assert.Single(item.Interfaces).Name);
        var (objects, interfaces) = LibrarySchema.GetImplementations(Type<InterfaceType>("Node"));
        Assert.Equal(["Book", "Film"], objects.Select(o => o.Name), StringComparer.Ordinal);
        Assert.Equal("Item", Assert.Single(interfaces).Name);
    }

    [Fact]
    public void Reads_deprecations_with_the_default_reason()
    {
        var library = Type<ObjectType>("Library");
        Assert.Equal("No longer supported", library.Fields["legacy"].DeprecationReason);
        Assert.Equal("Use book.", library.Fields["older"].DeprecationReason);
        Assert.Equal("Unused.", library.Fields["older"].Arguments["arg"].DeprecationReason);
        Assert.False(library.Fields["book"].IsDeprecated);

        var genre = Type<EnumType>("Genre");
        Assert.Equal("Made up.", genre.Values["FICTION"].Description);
        Assert.False(genre.Values["FICTION"].IsDeprecated);
        Assert.Equal("No longer supported", genre.Values["HISTORY"].DeprecationReason);
        Assert.Equal("Nobody reads it.", genre.Values["POETRY"].DeprecationReason);
        Assert.Equal("gone", Type<InputObjectType>("BookFilter").Fields["old"].DeprecationReason);
        Assert.Equal("No longer supported", LibrarySchema.GetDirective("limit")!.Arguments["reason"].DeprecationReason);
    }

    [Fact]
    public void A_null_deprecation_reason_is_no_deprecation_as_in_graphql_js()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int @deprecated(reason: null) }");
        Assert.False(schema.Query.Fields["a"].IsDeprecated);
    }

    [Fact]
    public void Reads_scalars_specified_by_and_one_of()
    {
        var instant = Type<ScalarType>("Instant");
        Assert.IsType<AnyScalarType>(instant);
        Assert.Equal("A point in time.", instant.Description);
        Assert.Equal("https://example.com/instant", instant.SpecifiedByUrl);
        Assert.Null(Type<ScalarType>("Json").SpecifiedByUrl);
        Assert.True(Type<InputObjectType>("LendInput").IsOneOf);
        Assert.False(Type<InputObjectType>("BookFilter").IsOneOf);
    }

    [Fact]
    public void Directives_of_the_document_come_first_then_the_specified_ones()
    {
        Assert.Equal(
            ["meta", "limit", "include", "skip", "deprecated", "specifiedBy", "oneOf"],
            LibrarySchema.Directives.Select(d => d.Name),
            StringComparer.Ordinal);
        var meta = LibrarySchema.GetDirective("meta")!;
        Assert.Equal("Tags anything.", meta.Description);
        Assert.True(meta.IsRepeatable);
        Assert.Equal(
            [DirectiveLocation.Schema, DirectiveLocation.Object, DirectiveLocation.FieldDefinition, DirectiveLocation.Scalar, DirectiveLocation.EnumValue],
            meta.Locations);
        var limit = LibrarySchema.GetDirective("limit")!;
        Assert.False(limit.IsRepeatable);
        Assert.Equal(10, limit.Arguments["max"].DefaultValue);
        Assert.Equal("Why", limit.Arguments["reason"].Description);
        Assert.Same(BuiltInDirectives.Include, LibrarySchema.GetDirective("include"));
    }

    [Fact]
    public void A_redefined_specified_directive_replaces_it()
    {
        var schema = SchemaBuilder.Build("directive @skip(when: Boolean) on FIELD type Query { a: Int }");
        Assert.Equal(["skip", "include", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name), StringComparer.Ordinal);
        Assert.Equal("when", Assert.Single(schema.GetDirective("skip")!.Arguments).Name);
    }

    [Fact]
    public void A_definition_of_a_built_in_scalar_is_the_built_in_scalar()
    {
        var schema = SchemaBuilder.Build("scalar Int type Query { a: Int }");
        Assert.Same(BuiltInScalars.Int, schema.GetType("Int"));
        Assert.Same(BuiltInScalars.Int, schema.Query.Fields["a"].Type);
    }

    [Fact]
    public void Coerces_default_values()
    {
        var library = Type<ObjectType>("Library");
        var books = library.Fields["books"].Arguments;
        Assert.True(books["genre"].HasDefaultValue);
        Assert.Equal("FICTION", books["genre"].DefaultValue);
        Assert.Equal(10, books["first"].DefaultValue);
        Assert.IsType<IntValueNode>(books["first"].DefaultValueSyntax);
        Assert.False(library.Fields["book"].Arguments["id"].HasDefaultValue);

        // An input object default gets the defaults of the fields it omits.
        var filter = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(books["filter"].DefaultValue);
        Assert.Equal(["title", "first", "genres", "author"], filter.Keys, StringComparer.Ordinal);
        Assert.Equal("a", filter["title"]);
        Assert.Equal(5, filter["first"]);
        Assert.Equal(new List<object?> { "FICTION" }, filter["genres"]);
        Assert.Equal("anonymous", filter["author"]);

        // Custom scalars without implementation read literals as plain values.
        var raw = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(library.Fields["raw"].Arguments["value"].DefaultValue);
        Assert.Equal(new List<object?> { 1.0, "x" }, raw["a"]);
        Assert.Null(raw["b"]);
    }

    [Fact]
    public void Coerces_defaults_of_every_kind()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query {
              f(a: Float = 1, b: [Int] = 3, c: ID = 42, d: String = null, e: [[Boolean]] = [[true], false], g: Color = RED, h: Nested = {}): Int
            }
            enum Color { RED GREEN }
            input Nested { inner: Inner = {}, list: [Inner!] = [{}] }
            input Inner { x: Int = 7, c: Color = GREEN }
            """)
            .AddEnumValues("Color", new Dictionary<string, object>(StringComparer.Ordinal) { ["RED"] = ConsoleColor.Red, ["GREEN"] = ConsoleColor.Green })
            .Build();
        var arguments = schema.Query.Fields["f"].Arguments;
        Assert.Equal(1.0, arguments["a"].DefaultValue);
        Assert.Equal(new List<object?> { 3 }, arguments["b"].DefaultValue);
        Assert.Equal("42", arguments["c"].DefaultValue);
        Assert.True(arguments["d"].HasDefaultValue);
        Assert.Null(arguments["d"].DefaultValue);
        Assert.Equal(new List<object?> { new List<object?> { true }, new List<object?> { false } }, arguments["e"].DefaultValue);
        Assert.Equal(ConsoleColor.Red, arguments["g"].DefaultValue);
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(arguments["h"].DefaultValue);
        var inner = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(nested["inner"]);
        Assert.Equal(7, inner["x"]);
        Assert.Equal(ConsoleColor.Green, inner["c"]);
        var list = Assert.IsType<List<object?>>(nested["list"]);
        Assert.Equal(7, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(list))["x"]);
        Assert.Equal("type Query {\n  f(a: Float = 1, b: [Int] = [3], c: ID = 42, d: String = null, e: [[Boolean]] = [[true], [false]], g: Color = RED, h: Nested = {inner: {x: 7, c: GREEN}, list: [{x: 7, c: GREEN}]}): Int\n}",
            SchemaPrinter.PrintType(schema.Query));
    }

    [Theory]
    [InlineData("type Query { a(x: Int = \"s\"): Int }", "Invalid default value \"s\" for argument \"Query.a(x:)\" of type \"Int\".")]
    [InlineData("type Query { a(x: [Int!] = [1, null]): Int }", "Invalid default value [1, null] for argument \"Query.a(x:)\" of type \"[Int!]\".")]
    [InlineData("type Query { a(x: E = B): Int } enum E { A }", "Invalid default value B for argument \"Query.a(x:)\" of type \"E\".")]
    [InlineData("type Query { a(x: In): Int } input In { n: Int! = null }", "Invalid default value null for input field \"In.n\" of type \"Int!\".")]
    [InlineData("type Query { a(x: In = {}): Int } input In { n: Int! }", "Invalid default value {} for argument \"Query.a(x:)\" of type \"In\".")]
    [InlineData("directive @d(x: Float = true) on FIELD type Query { a: Int }", "Invalid default value true for argument \"@d(x:)\" of type \"Float\".")]
    public void An_invalid_default_value_names_its_place(string sdl, string expected)
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build(sdl));
        Assert.Equal([expected], error.Errors, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("type Query { a(x: Int = \"s\"): Int }", "type Query {\n  a(x: Int): Int\n}")]
    [InlineData("type Query { a(x: [Int!] = [1, null]): Int }", "type Query {\n  a(x: [Int!]): Int\n}")]
    [InlineData("type Query { a(x: E = B, y: E = A): Int } enum E { A }", "type Query {\n  a(x: E, y: E = A): Int\n}")]
    [InlineData("type Query { a(x: In = {}): Int } input In { n: Int! }", "type Query {\n  a(x: In): Int\n}")]
    [InlineData("type Query { a(x: Int! = null): Int }", "type Query {\n  a(x: Int!): Int\n}")]
    public void Invalid_default_values_can_be_dropped_as_graphql_js_buildSchema_does(string sdl, string printed)
    {
        var schema = SchemaBuilder.FromSdl(sdl).IgnoreInvalidDefaultValues().Build();

        Assert.False(schema.Query.Fields["a"].Arguments["x"].HasDefaultValue);
        Assert.Equal(printed, SchemaPrinter.PrintType(schema.Query));
    }

    [Fact]
    public void A_dropped_input_field_default_makes_a_non_null_field_required()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(x: In): Int } input In { n: Int! = null, m: Int = 1 }").IgnoreInvalidDefaultValues().Build();

        var input = Assert.IsType<InputObjectType>(schema.GetType("In"));
        Assert.False(input.Fields["n"].HasDefaultValue);
        Assert.True(input.Fields["m"].HasDefaultValue);
    }

    [Fact]
    public async Task One_type_can_be_several_root_types_when_allowed_as_in_graphql_js_16()
    {
        const string sdl = "schema { query: Q mutation: Q } type Q { a: Int }";
        Assert.Throws<SchemaException>(() => SchemaBuilder.Build(sdl));

        var schema = SchemaBuilder.FromSdl(sdl).AllowSharedRootTypes()
            .UseDefaultFieldResolver(_ => new ValueTask<object?>(1)).Build();
        Assert.Same(schema.Query, schema.Mutation);
        var result = await new Gateway.GraphQL.Execution.RequestExecutor(schema).ExecuteAsync(
            new Gateway.GraphQL.Execution.ExecutionRequest { Query = "mutation { a __typename __schema { mutationType { name } } }" });
        Assert.Equal("""{"data":{"a":1,"__typename":"Q","__schema":{"mutationType":{"name":"Q"}}}}""", result.ToJson());
    }

    [Fact]
    public void Unknown_fields_of_an_input_object_default_are_dropped_as_in_graphql_js()
    {
        var schema = SchemaBuilder.Build("type Query { a(x: In = {m: 1}): Int } input In { n: Int }");
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(schema.Query.Fields["a"].Arguments["x"].DefaultValue));
        Assert.Equal("type Query {\n  a(x: In = {}): Int\n}", SchemaPrinter.PrintType(schema.Query));
    }

    [Fact]
    public void Defaults_that_need_themselves_are_reported_instead_of_overflowing_the_stack()
    {
        var error = Assert.Throws<SchemaException>(() =>
            SchemaBuilder.Build("input A { b: B = {} } input B { a: A = {} } type Query { f(a: A): Int }"));
        Assert.Equal(
            "The default values of input object \"A\" cannot be coerced: they need the fields of \"A\" itself (A -> B -> A).",
            error.Message);
    }

    [Theory]
    [InlineData("type Query { a: Int @deprecated(reason: 1) }", "@deprecated on Query.a: Argument \"reason\" has invalid value 1.")]
    [InlineData("type Query { a(x: Int @deprecated(reason: [\"x\"])): Int }", "@deprecated on Query.a(x:): Argument \"reason\" has invalid value [\"x\"].")]
    [InlineData("enum E { A @deprecated(reason: true) } type Query { e: E }", "@deprecated on E.A: Argument \"reason\" has invalid value true.")]
    [InlineData("scalar S @specifiedBy(url: null) type Query { s: S }", "@specifiedBy on S: Argument \"url\" of non-null type \"String!\" must not be null.")]
    [InlineData("scalar S @specifiedBy(url: 1) type Query { s: S }", "@specifiedBy on S: Argument \"url\" has invalid value 1.")]
    public void Invalid_arguments_of_specified_directives_are_reported(string sdl, string expected)
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build(sdl));
        Assert.Equal([expected], error.Errors, StringComparer.Ordinal);
    }

    [Fact]
    public void Only_the_definition_decides_specified_by_and_one_of_as_in_graphql_js()
    {
        var schema = SchemaBuilder.Build("""
            scalar S
            extend scalar S @specifiedBy(url: "x")
            input I { a: Int }
            extend input I @oneOf
            type Query { f(i: I): S }
            """);
        Assert.Null(((ScalarType)schema.GetType("S")!).SpecifiedByUrl);
        Assert.False(((InputObjectType)schema.GetType("I")!).IsOneOf);
    }

    [Fact]
    public void Merges_several_sdl_texts_and_documents()
    {
        var schema = SchemaBuilder.FromSdl(["type Query { a: Int }", "extend type Query { b: B }"])
            .AddDocument(GraphQLParser.Parse("type B { c: Int } extend type B { d: Int }"))
            .AddSdl("schema { query: Query }")
            .Build();
        Assert.Equal(["a", "b"], schema.Query.Fields.Select(f => f.Name), StringComparer.Ordinal);
        Assert.Equal(["c", "d"], ((ObjectType)schema.GetType("B")!).Fields.Select(f => f.Name), StringComparer.Ordinal);
        Assert.NotNull(schema.SyntaxNode);

        var fromDocument = SchemaBuilder.FromDocument(GraphQLParser.Parse("type Query { a: Int }")).Build();
        Assert.Equal("a", Assert.Single(fromDocument.Query.Fields).Name);
    }

    [Fact]
    public void Syntax_errors_are_thrown_when_the_sdl_is_added()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => SchemaBuilder.FromSdl("type Query {"));
        Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
    }
}
