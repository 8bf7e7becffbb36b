using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

/// <summary>
/// <c>Schema.Types</c> of SDL-built schemas lists the types as graphql-js's
/// <c>Object.keys(buildSchema(sdl).getTypeMap())</c> does (expected orders obtained from graphql-js 16.15.0).
/// </summary>
public class SchemaTypeOrderTests
{
    private static readonly string[] IntrospectionOrder =
        ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"];

    [Fact]
    public void Starwars_types_come_in_graphql_js_order()
    {
        var schema = SchemaBuilder.Build(Snapshots.Read("starwars.graphql"));
        string[] expected =
        [
            "Query", "ID", "String", "Int", "Episode", "LengthUnit", "Character", "Human", "Float", "Droid", "Starship",
            "SearchResult", "Mutation", "Subscription", "Review", "ReviewInput", "ColorInput", "Boolean", .. IntrospectionOrder,
        ];
        Assert.Equal(expected, schema.Types.Select(t => t.Name), StringComparer.Ordinal);
    }

    [Fact]
    public void Kitchen_sink_types_come_in_graphql_js_order()
    {
        var schema = SchemaBuilder.Build(Snapshots.Read("kitchen-sink.graphql"));
        string[] expected =
        [
            "DateTime", "JSON", "Root", "ID", "String", "Mutations", "Events", "Node", "Named", "Timestamped", "User", "Int",
            "Group", "SearchResult", "Role", "Order", "Kind", "SearchFilter", "Range", "Float", "UpdateInput", "UserInput",
            "UpdatePayload", "Boolean", .. IntrospectionOrder,
        ];
        Assert.Equal(expected, schema.Types.Select(t => t.Name), StringComparer.Ordinal);
    }

    [Fact]
    public void A_redefined_built_in_scalar_keeps_its_document_position()
    {
        var schema = SchemaBuilder.Build(Snapshots.Read("builtins-redefined.graphql"));
        Assert.Equal(["String", "Query", "Int", "Boolean", .. IntrospectionOrder], schema.Types.Select(t => t.Name), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData(
        "type Query { b: B, i: Int } type Unused { f: Float } type B { id: ID, q: Query, e: [E!] } enum E { X }",
        "Query,Int,Unused,Float,B,ID,E,Boolean,String")]
    [InlineData(
        "schema { query: Root mutation: Mut } input In { s: String, n: In } type Mut { m(i: In): Boolean } type Root { x: Mut } scalar Date directive @d(a: Date, b: Float) on FIELD",
        "In,String,Mut,Boolean,Root,Date,Float")]
    [InlineData(
        "interface I { id: ID } type Query { u: U } union U = A | B type B implements I { id: ID } type A implements I { id: ID, f(x: Int): String } extend type Query { z: Float }",
        "I,ID,Query,Float,U,B,A,String,Int,Boolean")]
    [InlineData(
        "directive @x(arg: [In!]) on FIELD input In { v: Boolean } type Query { a: String }",
        "In,Boolean,Query,String")]
    public void Types_come_in_graphql_js_order(string sdl, string expected)
    {
        var schema = SchemaBuilder.Build(sdl);
        Assert.Equal(expected.Split(','), schema.Types.Select(t => t.Name).Where(n => !n.StartsWith("__", StringComparison.Ordinal)), StringComparer.Ordinal);
        Assert.Equal(IntrospectionOrder, schema.Types.Select(t => t.Name).Where(n => n.StartsWith("__", StringComparison.Ordinal)), StringComparer.Ordinal);
    }
}
