using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Tests.Types;

/// <summary>
/// Type-system validation (graphql-js <c>validateSchema</c>). The SDL cases and their messages come from
/// graphql-js 16.15.0 (<c>validateSchema(buildSchema(sdl))</c>); the code-first cases cover what SDL cannot express.
/// </summary>
public class SchemaValidatorTests
{
    public static TheoryData<string, string[]> GraphQLJsCases => new()
    {
        {
            "schema { query: I } input I { a: Int }",
            ["Query root type must be Object type, it cannot be I."]
        },
        {
            "schema { query: Query mutation: E subscription: S } type Query { a: Int } enum E { A } scalar S",
            ["Mutation root type must be Object type if provided, it cannot be E.", "Subscription root type must be Object type if provided, it cannot be S."]
        },
        {
            "type Foo { a: Int }",
            ["Query root type must be provided."]
        },
        {
            "directive @__dir(__a: Int, b: Query, c: Int! @deprecated, d: Int! = 1 @deprecated) on FIELD type Query { a: Int }",
            ["Name \"__dir\" must not begin with \"__\", which is reserved by GraphQL introspection.", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", "The type of @__dir(b:) must be Input Type but got: Query.", "Required argument @__dir(c:) cannot be deprecated."]
        },
        {
            "type __Foo { a: Int } type Query { f: __Foo }",
            ["Name \"__Foo\" must not begin with \"__\", which is reserved by GraphQL introspection."]
        },
        {
            "type Query",
            ["Type Query must define one or more fields."]
        },
        {
            "type Query { __x: Int a: In b(x: Query, __y: Int, z: Int! @deprecated, w: Int! = 2 @deprecated(reason: \"x\")): Int } input In { x: Int }",
            ["Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.", "The type of Query.a must be Output Type but got: In.", "The type of Query.b(x:) must be Input Type but got: Query.", "Name \"__y\" must not begin with \"__\", which is reserved by GraphQL introspection.", "Required argument Query.b(z:) cannot be deprecated."]
        },
        {
            "type Query implements Foo & I { a: Int } type Foo { a: Int } interface I { a: Int }",
            ["Type Query must only implement Interface types, it cannot implement Foo."]
        },
        {
            "interface I implements I { a: Int } type Query { i: I }",
            ["Type I cannot implement itself because it would create a circular reference."]
        },
        {
            "interface I { a: Int } type Query implements I & I { a: Int }",
            ["Type Query can only implement I once."]
        },
        {
            "interface I { a: Int, b(x: Int, y: String): String, c: [Int]!, d: I, e(x: Int): Int } type Query implements I { b(x: String, z: Int!, w: Int! = 1, v: Int): String, c: [Int], d: Query, e(x: Int!): Int }",
            ["Interface field I.a expected but Query does not provide it.", "Interface field argument I.b(x:) expects type Int but Query.b(x:) is type String.", "Interface field argument I.b(y:) expected but Query.b does not provide it.", "Object field Query.b includes required argument z that is missing from the Interface field I.b.", "Interface field I.c expects type [Int]! but Query.c is type [Int].", "Interface field argument I.e(x:) expects type Int but Query.e(x:) is type Int!."]
        },
        {
            "interface I { a: Int, b: [I], c: U, d: I!, e: [I!]!, f: I } union U = Query type Query implements I { a: Int!, b: [Query!]!, c: Query, d: Query!, e: [Query!]!, f: U }",
            ["Interface field I.f expects type I but Query.f is type U."]
        },
        {
            "interface A { a: Int } interface B implements A { a: Int b: Int } type Query implements B { a: Int b: Int }",
            ["Type Query must implement A because it is implemented by B."]
        },
        {
            "interface A implements B { a: Int } interface B implements A { a: Int } type Query implements A & B { a: Int }",
            ["Type A cannot implement B because it would create a circular reference.", "Type B cannot implement A because it would create a circular reference."]
        },
        {
            "union U type Query { u: U }",
            ["Union type U must define one or more member types."]
        },
        {
            "interface I { a: Int } union U = I | Query | Query | In input In { a: Int } type Query implements I { u: U a: Int }",
            ["Union type U can only include Object types, it cannot include I.", "Union type U can only include type Query once.", "Union type U can only include Object types, it cannot include In."]
        },
        {
            "enum E enum F { __X A } type Query { e: E f: F }",
            ["Enum type E must define one or more values.", "Name \"__X\" must not begin with \"__\", which is reserved by GraphQL introspection."]
        },
        {
            "input In input In2 { q: Query, __f: Int, r: Int! @deprecated, s: Int! = 3 @deprecated, t: Int @deprecated } type Query { f(a: In, b: In2): Int }",
            ["Input Object type In must define one or more fields.", "The type of In2.q must be Input Type but got: Query.", "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection.", "Required input field In2.r cannot be deprecated."]
        },
        {
            "input A { b: B! } input B { a: A!, c: C! } input C { c: C!, a: A } input D { d: [D!]!, e: D } type Query { f(a: A, d: D): Int }",
            ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".", "Cannot reference Input Object \"C\" within itself through a series of non-null fields: \"c\"."]
        },
        {
            "input X { y: Y! } input Y { z: Z! } input Z { x: X!, y: Y! } type Query { f(x: X): Int }",
            ["Cannot reference Input Object \"X\" within itself through a series of non-null fields: \"y.z.x\".", "Cannot reference Input Object \"Y\" within itself through a series of non-null fields: \"z.y\"."]
        },
        {
            "input O @oneOf { a: Int!, b: String = \"x\", c: Int, d: [Int]! = [] } type Query { f(o: O): Int }",
            ["OneOf input field O.a must be nullable.", "OneOf input field O.b cannot have a default value.", "OneOf input field O.d must be nullable.", "OneOf input field O.d cannot have a default value."]
        },
        {
            "type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }",
            []
        },
        {
            "type Query { a: Query, b: [Query!] } extend schema @foo",
            ["Unknown directive \"@foo\"."]
        },
    };

    [Theory]
    [MemberData(nameof(GraphQLJsCases))]
    public void Reports_what_graphql_js_reports(string sdl, string[] expected)
    {
        if (expected.Length == 0)
        {
            Assert.NotNull(SchemaBuilder.Build(sdl));
            return;
        }

        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build(sdl));
        Assert.Equal(expected, error.Errors, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("schema { query: Q mutation: Q } type Q { a: Int }", "All root types must be different, \"Q\" type is used as query and mutation root types.")]
    [InlineData("schema { query: Q mutation: Q subscription: Q } type Q { a: Int }", "All root types must be different, \"Q\" type is used as query, mutation, and subscription root types.")]
    [InlineData("schema { query: Q mutation: M subscription: M } type Q { a: Int } type M { b: Int }", "All root types must be different, \"M\" type is used as mutation and subscription root types.")]
    public void Root_types_must_be_distinct(string sdl, string expected)
    {
        // The spec's rule; graphql-js 16 does not check it, graphql-js 17 does, with this message.
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build(sdl));
        Assert.Equal([expected], error.Errors, StringComparer.Ordinal);
    }

    [Fact]
    public void A_valid_code_first_schema_has_no_errors()
    {
        var node = new InterfaceType("Node", [new FieldDefinition("id", new NonNullType(BuiltInScalars.ID))]);
        var user = new ObjectType("User", [new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)), new FieldDefinition("name", BuiltInScalars.String)], [node]);
        var query = new ObjectType("Query", [new FieldDefinition("node", node), new FieldDefinition("user", user)]);
        var schema = new Schema(new SchemaDefinition { Query = query, Types = [user] });
        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void The_schema_constructor_validates_and_reports_every_error()
    {
        var input = new InputObjectType("In", [new InputValueDefinition("x", BuiltInScalars.Int)]);
        var query = new ObjectType("Query", [new FieldDefinition("a", input), new FieldDefinition("__b", BuiltInScalars.Int)]);
        var error = Assert.Throws<SchemaException>(() => new Schema(new SchemaDefinition { Query = query }));
        Assert.Equal(
            [
                "The type of Query.a must be Output Type but got: In.",
                "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            ],
            error.Errors,
            StringComparer.Ordinal);
    }

    [Fact]
    public void Validation_can_be_skipped_and_run_later()
    {
        var query = new ObjectType("Query", []);
        var schema = new Schema(new SchemaDefinition { Query = query, Mutation = query, Validate = false });
        Assert.Equal(
            [
                "All root types must be different, \"Query\" type is used as query and mutation root types.",
                "Type Query must define one or more fields.",
            ],
            SchemaValidator.Validate(schema),
            StringComparer.Ordinal);
    }

    [Fact]
    public void Code_first_duplicates_and_reserved_enum_names_are_reported()
    {
        var color = new EnumType("Color", [new EnumValueDefinition("true"), new EnumValueDefinition("RED"), new EnumValueDefinition("RED", 2)]);
        var filter = new InputObjectType("Filter", [new InputValueDefinition("a", BuiltInScalars.Int), new InputValueDefinition("a", BuiltInScalars.String)]);
        var query = new ObjectType("Query",
        [
            new FieldDefinition("a", BuiltInScalars.Int),
            new FieldDefinition("a", BuiltInScalars.String),
            new FieldDefinition("b", color)
            {
                Arguments = new([new InputValueDefinition("x", BuiltInScalars.Int), new InputValueDefinition("x", filter)]),
            },
        ]);
        var schema = new Schema(new SchemaDefinition { Query = query, Validate = false });
        Assert.Equal(
            [
                "Argument \"Query.b(x:)\" can only be defined once.",
                "Field \"Query.a\" can only be defined once.",
                "Enum values cannot be named: true",
                "Enum value \"Color.RED\" can only be defined once.",
                "Field \"Filter.a\" can only be defined once.",
            ],
            SchemaValidator.Validate(schema),
            StringComparer.Ordinal);
    }

    [Fact]
    public void Directives_need_locations_and_input_typed_arguments()
    {
        var query = new ObjectType("Query", [new FieldDefinition("a", BuiltInScalars.Int)]);
        var directive = new DirectiveDefinition("nowhere", [], [new InputValueDefinition("q", query)]);
        var error = Assert.Throws<SchemaException>(() => new Schema(new SchemaDefinition { Query = query, Directives = [directive] }));
        Assert.Equal(
            ["Directive @nowhere must include 1 or more locations.", "The type of @nowhere(q:) must be Input Type but got: Query."],
            error.Errors,
            StringComparer.Ordinal);
    }

    [Fact]
    public void Interfaces_of_code_first_types_are_checked_like_sdl_ones()
    {
        var node = new InterfaceType("Node", [new FieldDefinition("id", new NonNullType(BuiltInScalars.ID))]);
        var named = new InterfaceType("Named", [new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)), new FieldDefinition("name", BuiltInScalars.String)], [node]);
        var user = new ObjectType("User", [new FieldDefinition("id", BuiltInScalars.ID), new FieldDefinition("name", BuiltInScalars.String)], [named]);
        var query = new ObjectType("Query", [new FieldDefinition("user", user)]);
        var error = Assert.Throws<SchemaException>(() => new Schema(new SchemaDefinition { Query = query }));
        Assert.Equal(
            [
                "Type User must implement Node because it is implemented by Named.",
                "Interface field Named.id expects type ID! but User.id is type ID.",
            ],
            error.Errors,
            StringComparer.Ordinal);
    }

    [Fact]
    public void Errors_are_joined_in_the_exception_message()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build("type Query enum E"));
        Assert.Equal(
            "The schema is invalid:" + Environment.NewLine
            + "- Type Query must define one or more fields." + Environment.NewLine
            + "- Enum type E must define one or more values.",
            error.Message);
    }
}
