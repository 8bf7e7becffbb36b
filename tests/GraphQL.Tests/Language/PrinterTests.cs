using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public class PrinterTests
{
    // [value, graphql-js printBlockString(value), graphql-js isPrintableAsBlockString(value)], from graphql-js 16.15.
    private const string BlockStringCases = """"
        [
        ["", "\"\"\"\"\"\"", true],
        ["simple", "\"\"\"simple\"\"\"", true],
        [" leading space", "\"\"\" leading space\"\"\"", true],
        ["\tleading tab", "\"\"\"\tleading tab\"\"\"", true],
        ["trailing space ", "\"\"\"trailing space \"\"\"", true],
        ["ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"", true],
        ["ends with slash\\", "\"\"\"\nends with slash\\\n\"\"\"", true],
        ["has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", true],
        ["ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"", true],
        ["multi\nline", "\"\"\"\nmulti\nline\n\"\"\"", true],
        ["multi\r\nwindows", "\"\"\"\nmulti\r\nwindows\n\"\"\"", false],
        ["multi\rmac", "\"\"\"\nmulti\rmac\n\"\"\"", false],
        ["\n  leading newline", "\"\"\"\n\n  leading newline\n\"\"\"", false],
        ["a\n  b\n  c", "\"\"\"\na\n  b\n  c\n\"\"\"", true],
        ["  a\n  b", "\"\"\"\n  a\n  b\n\"\"\"", false],
        ["first\n\n\nlast", "\"\"\"\nfirst\n\n\nlast\n\"\"\"", true],
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", true],
        ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"", true],
        ["\u00e9\ud83d\ude80 unicode", "\"\"\"\u00e9\ud83d\ude80 unicode\"\"\"", true],
        ["trailing newline\n", "\"\"\"\ntrailing newline\n\n\"\"\"", false],
        [" \n  ", "\"\"\"\n \n  \n\"\"\"", false],
        ["a\n b", "\"\"\"\na\n b\n\"\"\"", true],
        ["ctrl \u0001 char", "\"\"\"ctrl \u0001 char\"\"\"", false],
        ["\"starts with quote", "\"\"\"\"starts with quote\"\"\"", true],
        ["a\"\"\"\"b", "\"\"\"a\\\"\"\"\"b\"\"\"", true]
        ]
        """";

    // [value, graphql-js printString(value)], from graphql-js 16.15.
    private const string StringCases = """"
        [
        ["", "\"\""],
        ["plain", "\"plain\""],
        ["quote \" and \\ backslash", "\"quote \\\" and \\\\ backslash\""],
        ["\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\""],
        ["\u0000\u0001\u000b\u000e\u001f", "\"\\u0000\\u0001\\u000B\\u000E\\u001F\""],
        ["\u007f\u0080\u009f\u00a0", "\"\\u007F\\u0080\\u009F\u00a0\""],
        ["\u00e9\ud83d\ude80\u2028", "\"\u00e9\ud83d\ude80\u2028\""],
        ["/ not escaped", "\"/ not escaped\""]
        ]
        """";

    [Fact]
    public void Prints_block_strings_as_graphql_js()
    {
        using var cases = JsonDocument.Parse(BlockStringCases);
        Assert.True(cases.RootElement.GetArrayLength() > 20);
        foreach (var item in cases.RootElement.EnumerateArray())
        {
            var value = item[0].GetString()!;
            Assert.Equal(item[1].GetString(), BlockStrings.Print(value));
            Assert.Equal(item[2].GetBoolean(), BlockStrings.IsPrintableAsBlockString(value));
        }
    }

    [Fact]
    public void Block_strings_that_are_printable_parse_back_to_their_value()
    {
        using var cases = JsonDocument.Parse(BlockStringCases);
        foreach (var item in cases.RootElement.EnumerateArray())
        {
            var value = item[0].GetString()!;
            if (BlockStrings.IsPrintableAsBlockString(value))
            {
                var parsed = (StringValueNode)GraphQLParser.ParseValue(BlockStrings.Print(value));
                Assert.Equal(value, parsed.Value);
            }
        }
    }

    [Fact]
    public void Prints_strings_as_graphql_js()
    {
        using var cases = JsonDocument.Parse(StringCases);
        foreach (var item in cases.RootElement.EnumerateArray())
        {
            var value = item[0].GetString()!;
            Assert.Equal(item[1].GetString(), StringValues.Print(value));
            Assert.Equal(value, ((StringValueNode)GraphQLParser.ParseValue(StringValues.Print(value))).Value);
        }
    }

    [Theory]
    [InlineData("kitchen-sink-query")]
    [InlineData("kitchen-sink-schema")]
    public void Prints_the_kitchen_sinks_exactly_as_graphql_js(string name)
    {
        var expected = LanguageSnapshots.Read(name + ".printed.graphql");
        var printed = SyntaxPrinter.Print(GraphQLParser.Parse(LanguageSnapshots.Read(name + ".graphql")));
        Assert.Equal(expected, printed);
    }

    [Theory]
    [InlineData("kitchen-sink-query")]
    [InlineData("kitchen-sink-schema")]
    public void Printing_is_idempotent(string name)
    {
        var once = SyntaxPrinter.Print(GraphQLParser.Parse(LanguageSnapshots.Read(name + ".graphql")));
        var twice = SyntaxPrinter.Print(GraphQLParser.Parse(once));
        Assert.Equal(once, twice);
    }

    [Theory]
    [InlineData("{a: 1, b: [1, 2]}")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("[[1], {a: {b: null}}, ENUM, true, false, $var, -1.5e10, \"s\\n\"]")]
    [InlineData("\"\"\"block\"\"\"")]
    public void Prints_values_compactly(string value)
    {
        Assert.Equal(value, SyntaxPrinter.Print(GraphQLParser.ParseValue(value)));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var list = new ListValueNode([new IntValueNode("1"), new ObjectValueNode([new ObjectFieldNode(new NameNode("a"), new StringValueNode("x\"y", false))])]);
        Assert.Equal("[1, {a: \"x\\\"y\"}]", SyntaxPrinter.Print(list));
        Assert.Equal("[String!]!", SyntaxPrinter.Print(new NonNullTypeNode(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("String")))))));

        var type = new ObjectTypeDefinitionNode(
            new StringValueNode("Multi\nline", true),
            new NameNode("T"),
            [new NamedTypeNode(new NameNode("A")), new NamedTypeNode(new NameNode("B"))],
            [new DirectiveNode(new NameNode("d"), [new ArgumentNode(new NameNode("x"), new EnumValueNode("Y"))])],
            [
                new FieldDefinitionNode(
                    new StringValueNode("field", false),
                    new NameNode("f"),
                    [new InputValueDefinitionNode(new StringValueNode("arg\ndoc", true), new NameNode("a"), new NamedTypeNode(new NameNode("Int")), new IntValueNode("1"), [])],
                    new NamedTypeNode(new NameNode("Int")),
                    []),
            ]);
        Assert.Equal(
            "\"\"\"\nMulti\nline\n\"\"\"\ntype T implements A & B @d(x: Y) {\n  \"field\"\n  f(\n    \"\"\"\n    arg\n    doc\n    \"\"\"\n    a: Int = 1\n  ): Int\n}",
            SyntaxPrinter.Print(type));
    }

    [Fact]
    public void Prints_empty_lists_as_graphql_js_omits_them()
    {
        var operation = new OperationDefinitionNode(OperationType.Query, null, [], [], new SelectionSetNode([]));
        Assert.Equal(string.Empty, SyntaxPrinter.Print(operation));
        var named = new OperationDefinitionNode(OperationType.Mutation, new NameNode("M"), [], [], new SelectionSetNode([new FieldNode(null, new NameNode("a"), [], [], null)]));
        Assert.Equal("mutation M {\n  a\n}", SyntaxPrinter.Print(named));
        Assert.Equal("type T", SyntaxPrinter.Print(new ObjectTypeDefinitionNode(null, new NameNode("T"), [], [], [])));
        Assert.Equal("enum E", SyntaxPrinter.Print(new EnumTypeDefinitionNode(null, new NameNode("E"), [], [])));
        Assert.Equal("union U", SyntaxPrinter.Print(new UnionTypeDefinitionNode(null, new NameNode("U"), [], [])));
        Assert.Equal("schema", SyntaxPrinter.Print(new SchemaDefinitionNode(null, [], [])));
    }

    // Expected texts below are graphql-js 16.15's print() of the same documents.
    [Theory]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("\"d\" query { a }", "\"d\"\nquery {\n  a\n}")]
    [InlineData("query Q($a: String = \"\"\"x\ny\"\"\", $b: Int) { a }", "query Q(\n$a: String = \"\"\"\nx\ny\n\"\"\"\n$b: Int\n) {\n  a\n}")]
    [InlineData("query Q(\"d\" $a: Int) { a }", "query Q(\n\"d\"\n$a: Int\n) {\n  a\n}")]
    [InlineData("{ a(x: \"\"\"x\ny\"\"\") { b(y: \"\"\"p\n\n  q\"\"\") } }", "{\n  a(x: \"\"\"\n  x\n  y\n  \"\"\") {\n    b(y: \"\"\"\n    p\n    \n    q\n    \"\"\")\n  }\n}")]
    [InlineData("fragment F on T @a @b { x }", "fragment F on T @a @b {\n  x\n}")]
    [InlineData("{ ... @d { x } ... on T { y } }", "{\n  ... @d {\n    x\n  }\n  ... on T {\n    y\n  }\n}")]
    [InlineData("directive @d(a: Int, b: [String] = [\"x\"]) repeatable on FIELD | QUERY", "directive @d(a: Int, b: [String] = [\"x\"]) repeatable on FIELD | QUERY")]
    [InlineData("extend schema @d", "extend schema @d")]
    [InlineData("extend union U = A | B", "extend union U = A | B")]
    public void Prints_documents_as_graphql_js(string source, string expected)
    {
        Assert.Equal(expected, SyntaxPrinter.Print(GraphQLParser.Parse(source)));
    }

    [Fact]
    public void Wraps_field_arguments_past_eighty_characters()
    {
        // 32 + "(a: 1, ..., h: 8)".Length == 80 stays on one line; one more character wraps.
        const string Arguments = "(a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8)";
        var exactly80 = "{ " + new string('x', 32) + Arguments + " }";
        Assert.Equal("{\n  " + new string('x', 32) + Arguments + "\n}", SyntaxPrinter.Print(GraphQLParser.Parse(exactly80)));
        var over80 = "{ " + new string('x', 33) + Arguments + " }";
        Assert.Equal(
            "{\n  " + new string('x', 33) + "(\n    a: 1\n    b: 2\n    c: 3\n    d: 4\n    e: 5\n    f: 6\n    g: 7\n    h: 8\n  )\n}",
            SyntaxPrinter.Print(GraphQLParser.Parse(over80)));
        var aliased = "{ " + new string('y', 30) + ": " + new string('x', 3) + Arguments + " }";
        Assert.Contains("(\n", SyntaxPrinter.Print(GraphQLParser.Parse(aliased)), StringComparison.Ordinal);
    }
}
