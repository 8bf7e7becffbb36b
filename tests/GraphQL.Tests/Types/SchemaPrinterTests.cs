using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Tests.Types;

public class SchemaPrinterTests
{
    public static TheoryData<string> SnapshotNames => ["minimal", "starwars", "kitchen-sink", "builtins-redefined"];

    [Theory]
    [MemberData(nameof(SnapshotNames))]
    public void Prints_like_graphql_js(string name)
    {
        var schema = SchemaBuilder.Build(Snapshots.Read(name + ".graphql"));
        Assert.Equal(Snapshots.Read(name + ".expected.graphql"), SchemaPrinter.Print(schema));
    }

    [Theory]
    [MemberData(nameof(SnapshotNames))]
    public void Printing_what_was_printed_gives_the_same_text(string name)
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.Build(Snapshots.Read(name + ".graphql")));
        var reprinted = SchemaPrinter.Print(SchemaBuilder.Build(printed));
        Assert.Equal(printed, reprinted);
    }

    [Fact]
    public void Prints_the_introspection_schema_like_graphql_js()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        Assert.Equal(Snapshots.Read("introspection.expected.graphql"), SchemaPrinter.PrintIntrospectionSchema(schema));
    }

    [Fact]
    public void Prints_deprecated_directives_like_graphql_js()
    {
        var query = new ObjectType("Query", [new FieldDefinition("a", BuiltInScalars.Int)]);
        var old = new DirectiveDefinition("old", [DirectiveLocation.Field], [new InputValueDefinition("a", BuiltInScalars.Int)])
        {
            DeprecationReason = "Use new.",
            IsRepeatable = true,
        };
        var older = new DirectiveDefinition("older", [DirectiveLocation.Field, DirectiveLocation.Query]) { DeprecationReason = "No longer supported" };
        var schema = new Schema(new SchemaDefinition { Query = query, Directives = [old, older] });
        Assert.Equal(
            "directive @old(a: Int) @deprecated(reason: \"Use new.\") repeatable on FIELD\n\ndirective @older @deprecated on FIELD | QUERY\n\ntype Query {\n  a: Int\n}",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_the_introspection_schema_with_the_specified_directives_only()
    {
        var schema = SchemaBuilder.Build("directive @mine on FIELD type Query { a: Int }");
        var printed = SchemaPrinter.PrintIntrospectionSchema(schema);
        Assert.StartsWith("\"\"\"\nDirects the executor to include this field or fragment only when the `if` argument is true.\n\"\"\"\ndirective @include(", printed, StringComparison.Ordinal);
        Assert.Contains("\ntype __Schema {\n", printed, StringComparison.Ordinal);
        Assert.Contains("\nenum __DirectiveLocation {\n", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("@mine", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("type Query", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("scalar String", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"\"desc\"\"\" schema { query: Query } type Query { a: Int }", "\"\"\"desc\"\"\"\nschema {\n  query: Query\n}\n\ntype Query {\n  a: Int\n}")]
    [InlineData("schema { query: Query mutation: M } type Query { a: Int } type M { a: Int }", "schema {\n  query: Query\n  mutation: M\n}\n\ntype Query {\n  a: Int\n}\n\ntype M {\n  a: Int\n}")]
    [InlineData("schema { query: Query } type Query { a: Int }", "type Query {\n  a: Int\n}")]
    public void Prints_the_schema_definition_only_when_needed(string sdl, string expected) =>
        Assert.Equal(expected, SchemaPrinter.Print(SchemaBuilder.Build(sdl)));

    [Fact]
    public void Prints_code_first_types_like_graphql_js()
    {
        // Expected text from graphql-js for the same types built with its constructors.
        var color = new EnumType("Color", [new EnumValueDefinition("RED", 1) { Description = "Red." }, new EnumValueDefinition("GREEN", 2)]);
        var input = new InputObjectType("In",
        [
            new InputValueDefinition("c", color) { HasDefaultValue = true, DefaultValue = 2 },
            new InputValueDefinition("l", new ListType(color)) { HasDefaultValue = true, DefaultValue = new[] { 1, 2 } },
        ]);
        var query = new ObjectType("Query",
        [
            new FieldDefinition("f", BuiltInScalars.Int)
            {
                Arguments = new(
                [
                    new InputValueDefinition("i", input)
                    {
                        Description = "An input.",
                        HasDefaultValue = true,
                        DefaultValue = new Dictionary<string, object?>(StringComparer.Ordinal) { ["c"] = 1 },
                    },
                    new InputValueDefinition("j", BuiltInScalars.String) { DeprecationReason = "old" },
                ]),
            },
        ])
        {
            Description = "Multi\nline",
        };
        var schema = new Schema(new SchemaDefinition { Query = query });
        Assert.Equal(
            "\"\"\"\nMulti\nline\n\"\"\"\ntype Query {\n  f(\n    \"\"\"An input.\"\"\"\n    i: In = {c: RED}\n    j: String @deprecated(reason: \"old\")\n  ): Int\n}\n\ninput In {\n  c: Color = GREEN\n  l: [Color] = [RED, GREEN]\n}\n\nenum Color {\n  \"\"\"Red.\"\"\"\n  RED\n  GREEN\n}",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_types_without_fields_or_values_like_graphql_js()
    {
        var query = new ObjectType("Query", []);
        var schema = new Schema(new SchemaDefinition
        {
            Query = query,
            Types =
            [
                query,
                new InterfaceType("X", []),
                new UnionType("U", []),
                new EnumType("En", []),
                new InputObjectType("I", []),
            ],
            Validate = false,
        });
        Assert.Equal("type Query\n\ninterface X\n\nunion U\n\nenum En\n\ninput I", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_the_written_default_when_a_custom_scalar_value_has_no_literal()
    {
        // graphql-js throws "Cannot convert value to AST" here.
        var schema = SchemaBuilder.Build("scalar JSON type Query { f(a: JSON = {a: [1, \"x\"]}, b: JSON = 2): Int }");
        Assert.Equal("scalar JSON\n\ntype Query {\n  f(a: JSON = {a: [1, \"x\"]}, b: JSON = 2): Int\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_with_built_ins()
    {
        var schema = SchemaBuilder.Build("directive @mine on FIELD type Query { a: Int }");
        var printed = SchemaPrinter.PrintWithBuiltIns(schema);
        Assert.StartsWith("directive @mine on FIELD\n\n\"\"\"\nDirects the executor to include", printed, StringComparison.Ordinal);
        Assert.Contains("\n\ntype Query {\n  a: Int\n}\n\n", printed, StringComparison.Ordinal);
        Assert.Contains("\nscalar Int\n", printed, StringComparison.Ordinal);
        Assert.Contains("\ntype __Schema {\n", printed, StringComparison.Ordinal);
        Assert.EndsWith("\n}", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_single_types_and_directives()
    {
        var schema = SchemaBuilder.Build(Snapshots.Read("kitchen-sink.graphql"));
        Assert.Equal("union SearchResult = User | Group", SchemaPrinter.PrintType(schema.GetType("SearchResult")!));
        Assert.Equal(
            "directive @auth(\n  \"\"\"The roles allowed.\"\"\"\n  requires: [Role!]! = [ADMIN]\n\n  \"\"\"\n  Whether the check may be skipped\n  in tests.\n  \"\"\"\n  optional: Boolean = false\n) on OBJECT | FIELD_DEFINITION | INTERFACE",
            SchemaPrinter.PrintDirective(schema.GetDirective("auth")!));
        Assert.Equal(
            "\"\"\"A date-time, ISO-8601.\"\"\"\nscalar DateTime @specifiedBy(url: \"https://tools.ietf.org/html/rfc3339\")",
            SchemaPrinter.PrintType(schema.GetType("DateTime")!));
    }
}
