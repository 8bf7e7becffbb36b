using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

/// <summary>
/// The SDL checks run before building (graphql-js <c>assertValidSDL</c>). Cases and messages come from
/// graphql-js 16.15.0 (<c>buildSchema(sdl)</c>, whose error joins the messages with blank lines).
/// </summary>
public class SdlValidationTests
{
    public static TheoryData<string, string[]> GraphQLJsCases => new()
    {
        {
            "schema { query: Query } schema { query: Query } type Query { a: Int }",
            ["Must provide only one schema definition.", "There can be only one query type in schema."]
        },
        {
            "schema { query: Query query: Query } extend schema { query: Query mutation: Query } extend schema { mutation: Query } type Query { a: Int }",
            ["There can be only one query type in schema.", "There can be only one query type in schema.", "There can be only one mutation type in schema."]
        },
        {
            "type Query { a: Int } type Query { b: Int } scalar Query enum E { A } input E { a: Int }",
            ["There can be only one type named \"Query\".", "There can be only one type named \"Query\".", "There can be only one type named \"E\"."]
        },
        {
            "enum E { A B A } extend enum E { B C } extend enum E { C } type Query { e: E }",
            ["Enum value \"E.A\" can only be defined once.", "Enum value \"E.B\" can only be defined once.", "Enum value \"E.C\" can only be defined once."]
        },
        {
            "type Query { a: Int a: String } extend type Query { a: Int b: Int } input In { x: Int x: Int } extend input In { x: Int } interface I { y: Int y: Int }",
            ["Field \"Query.a\" can only be defined once.", "Field \"Query.a\" can only be defined once.", "Field \"In.x\" can only be defined once.", "Field \"In.x\" can only be defined once.", "Field \"I.y\" can only be defined once."]
        },
        {
            "directive @d(a: Int, a: Int, b: Int, b: String, a: ID) on FIELD type Query { f(x: Int, x: Int): Int } extend type Query { g(y: Int, y: Int): Int } interface I { h(z: Int z: Int): Int }",
            ["Argument \"@d(a:)\" can only be defined once.", "Argument \"@d(b:)\" can only be defined once.", "Argument \"Query.f(x:)\" can only be defined once.", "Argument \"Query.g(y:)\" can only be defined once.", "Argument \"I.h(z:)\" can only be defined once."]
        },
        {
            "directive @d on FIELD directive @d on QUERY directive @e on FIELD directive @d on SCHEMA type Query { a: Int }",
            ["There can be only one directive named \"@d\".", "There can be only one directive named \"@d\"."]
        },
        {
            "type Query { a: Strin b: [Qurey!]! c(x: Inpt): Int d: __Typ } union U = Quer | Obj extend union U = Objs schema { query: Querry } input Inp { v: Flot }",
            ["Unknown type \"Strin\". Did you mean \"String\"?", "Unknown type \"Qurey\". Did you mean \"Query\"?", "Unknown type \"Inpt\". Did you mean \"Inp\" or \"Int\"?", "Unknown type \"__Typ\". Did you mean \"__Type\"?", "Unknown type \"Quer\". Did you mean \"Query\"?", "Unknown type \"Obj\".", "Unknown type \"Objs\".", "Unknown type \"Querry\". Did you mean \"Query\"?", "Unknown type \"Flot\". Did you mean \"Float\"?"]
        },
        {
            "type Query { a: Int @foo b(x: Int @bar): Int } schema @baz { query: Query }",
            ["Unknown directive \"@foo\".", "Unknown directive \"@bar\".", "Unknown directive \"@baz\"."]
        },
        {
            "directive @onField on FIELD_DEFINITION schema @onField { query: Query } scalar S @onField type Query @onField { a(x: Int @onField): S @onField } interface I @onField { a: Int } union U @onField = Query enum E @onField { A @onField } input In @onField { a: Int @onField } extend type Query @onField extend scalar S @onField",
            ["Directive \"@onField\" may not be used on SCHEMA.", "Directive \"@onField\" may not be used on SCALAR.", "Directive \"@onField\" may not be used on OBJECT.", "Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", "Directive \"@onField\" may not be used on INTERFACE.", "Directive \"@onField\" may not be used on UNION.", "Directive \"@onField\" may not be used on ENUM.", "Directive \"@onField\" may not be used on ENUM_VALUE.", "Directive \"@onField\" may not be used on INPUT_OBJECT.", "Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION.", "The directive \"@onField\" can only be used once at this location.", "Directive \"@onField\" may not be used on OBJECT.", "The directive \"@onField\" can only be used once at this location.", "Directive \"@onField\" may not be used on SCALAR."]
        },
        {
            "directive @all on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION schema @all { query: Query } scalar S @all type Query @all { a(x: Int @all): S @all } interface I @all { a: Int } union U @all = Query enum E @all { A @all } input In @all { a: Int @all } extend type Query @all extend scalar S @all",
            ["The directive \"@all\" can only be used once at this location.", "The directive \"@all\" can only be used once at this location."]
        },
        {
            "directive @once on OBJECT | FIELD_DEFINITION | SCHEMA directive @many repeatable on OBJECT | FIELD_DEFINITION type Query @once @many @once @many { a: Int @once @once @many @many } extend type Query @once @many schema @once @once { query: Query } extend schema @once",
            ["The directive \"@once\" can only be used once at this location.", "The directive \"@once\" can only be used once at this location.", "The directive \"@once\" can only be used once at this location.", "The directive \"@once\" can only be used once at this location.", "The directive \"@once\" can only be used once at this location."]
        },
        {
            "extend type Qery { a: Int } extend scalar Foo @specifiedBy(url: \"x\") type Query { a: Int } extend interface Query { b: Int } extend union Query = Query enum E { A } extend input E { a: Int } extend enum Query { X } extend scalar Query @specifiedBy(url: \"y\") extend type Query { c: Int }",
            ["Cannot extend type \"Qery\" because it is not defined. Did you mean \"Query\"?", "Cannot extend type \"Foo\" because it is not defined.", "Cannot extend non-interface type \"Query\".", "Cannot extend non-union type \"Query\".", "Cannot extend non-input object type \"E\".", "Cannot extend non-enum type \"Query\".", "Cannot extend non-scalar type \"Query\"."]
        },
        {
            "directive @d(arg: Int, other: String) on FIELD_DEFINITION type Query { a: Int @d(ag: 1, other: \"x\", what: 2) b: Int @deprecated(reson: \"x\") c: Int @unknown(x: 1) }",
            ["Unknown argument \"ag\" on directive \"@d\". Did you mean \"arg\"?", "Unknown argument \"what\" on directive \"@d\".", "Unknown argument \"reson\" on directive \"@deprecated\". Did you mean \"reason\"?", "Unknown directive \"@unknown\"."]
        },
        {
            "directive @d(arg: Int) repeatable on FIELD_DEFINITION type Query { a: Int @d(arg: 1, arg: 2) @d(arg: 1, arg: 2, arg: 3) }",
            ["There can be only one argument named \"arg\".", "There can be only one argument named \"arg\"."]
        },
        {
            "directive @d(arg: In) on FIELD_DEFINITION input In { a: Int b: In } type Query { a: Int @d(arg: {a: 1, a: 2, b: {a: 1, a: 1}}) b(x: In = {a: 1, a: 2}): Int c(y: [In] = [{b: {a: 1, a: 2}}]): Int }",
            ["There can be only one input field named \"a\".", "There can be only one input field named \"a\".", "There can be only one input field named \"a\".", "There can be only one input field named \"a\"."]
        },
        {
            "directive @req(a: Int!, b: String!, c: Int! = 1, d: Int) on FIELD_DEFINITION | SCALAR scalar S @specifiedBy scalar T @specifiedBy(url: \"x\") type Query { a: S @req(b: \"x\") b: T @req c: Int @req(a: 1, b: \"x\") }",
            ["Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.", "Directive \"@req\" argument \"a\" of type \"Int!\" is required, but it was not provided.", "Directive \"@req\" argument \"a\" of type \"Int!\" is required, but it was not provided.", "Directive \"@req\" argument \"b\" of type \"String!\" is required, but it was not provided."]
        },
        {
            "type Query { a: Int } extend type Query { b: Unknown @nope }",
            ["Unknown type \"Unknown\".", "Unknown directive \"@nope\"."]
        },
    };

    [Theory]
    [MemberData(nameof(GraphQLJsCases))]
    public void Reports_what_graphql_js_reports(string sdl, string[] expected)
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build(sdl));
        Assert.Equal(expected, error.Errors, StringComparer.Ordinal);
    }

    [Fact]
    public void Input_fields_of_an_input_extension_are_input_field_definitions()
    {
        // graphql-js takes them for arguments ("may not be used on ARGUMENT_DEFINITION"); they are input fields.
        var schema = SchemaBuilder.Build(
            "directive @d on INPUT_FIELD_DEFINITION input I { a: Int } extend input I { b: Int @d } type Query { f(i: I): Int }");
        Assert.Single(((InputObjectType)schema.GetType("I")!).Fields["b"].Directives);

        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.Build(
            "directive @d on ARGUMENT_DEFINITION input I { a: Int } extend input I { b: Int @d } type Query { f(i: I): Int }"));
        Assert.Equal(["Directive \"@d\" may not be used on INPUT_FIELD_DEFINITION."], error.Errors, StringComparer.Ordinal);
    }

    [Fact]
    public void Executable_definitions_are_ignored()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int } query Q($v: Unknown) { a @whatever } fragment F on Nothing { x }");
        Assert.Equal(["a"], schema.Query.Fields.Select(f => f.Name), StringComparer.Ordinal);
    }

    [Fact]
    public void Skipping_the_sdl_checks_reports_unknown_types_when_building()
    {
        var error = Assert.Throws<SchemaException>(() =>
            SchemaBuilder.FromSdl("type Query { a: Foo, b: [Bar!] } extend type Nope { c: Int }").AssumeValidSdl().Build());
        Assert.Equal(["Unknown type: \"Foo\".", "Unknown type: \"Bar\"."], error.Errors, StringComparer.Ordinal);
    }

    [Fact]
    public void Skipping_the_sdl_checks_lets_later_definitions_replace_earlier_ones()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int a: String } enum E { A A }").AssumeValidSdl().Build();
        Assert.Equal("String", schema.Query.Fields["a"].Type.ToString());
        Assert.Single(schema.Query.Fields);
        Assert.Single(((EnumType)schema.GetType("E")!).Values);
    }
}
