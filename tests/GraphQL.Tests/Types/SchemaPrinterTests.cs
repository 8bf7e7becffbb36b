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
}
