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
}
