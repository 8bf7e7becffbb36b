using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public class ParserLimitsTests
{
    [Theory]
    [InlineData('{')]
    [InlineData('[')]
    public void Deep_nesting_is_a_syntax_error_not_a_stack_overflow(char opener)
    {
        var source = opener == '{'
            ? "{ " + string.Concat(Enumerable.Repeat("a { ", 100_000))
            : "{ a(x: " + new string('[', 100_000) + ") }";
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue };
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(source, options));
        Assert.Equal("Document exceeds the maximum nesting depth of 256.", error.Description);
    }

    [Fact]
    public void Deep_list_types_and_object_values_are_bounded()
    {
        var options = new ParserOptions { MaxTokens = int.MaxValue };
        var type = "query Q($a: " + new string('[', 100_000) + "Int" + new string(']', 100_000) + ") { a }";
        Assert.Equal(
            "Document exceeds the maximum nesting depth of 256.",
            Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(type, options)).Description);
        Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.ParseType(new string('[', 100_000) + "Int" + new string(']', 100_000), options));
        var objects = "{ a(x: " + string.Concat(Enumerable.Repeat("{a: ", 50_000)) + ") }";
        Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(objects, options));
        Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.ParseValue(new string('[', 100_000), options));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted_and_selection_sets_and_values_share_it()
    {
        var options = new ParserOptions { MaxNestingDepth = 10 };
        GraphQLParser.Parse("{ a { b { c { d { e { f { g { h { i { j } } } } } } } } } }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(
            () => GraphQLParser.Parse("{ a { b { c { d { e { f { g { h { i { j { k } } } } } } } } } } }", options));
        Assert.Equal("Document exceeds the maximum nesting depth of 10.", error.Description);
        Assert.Equal(new SourceLocation(1, 41), error.Location);

        GraphQLParser.Parse("{ a { b { c { d { e { f { g { h { i(x: [1]) } } } } } } } } }", options);
        Assert.Throws<GraphQLSyntaxException>(
            () => GraphQLParser.Parse("{ a { b { c { d { e { f { g { h { i(x: [{y: 1}]) } } } } } } } } }", options));
    }

    [Fact]
    public void Too_many_tokens_abort_parsing()
    {
        var options = new ParserOptions { MaxTokens = 10 };
        GraphQLParser.Parse("{ a b c d e f g h }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse("{ a b c d e f g h i }", options));
        Assert.Equal("Document contains more than 10 tokens. Parsing aborted.", error.Description);
        Assert.Equal(new SourceLocation(1, 21), error.Location);

        var many = "{ " + string.Concat(Enumerable.Repeat("a ", 100_000)) + "}";
        error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(many));
        Assert.Equal("Document contains more than 100000 tokens. Parsing aborted.", error.Description);
    }

    [Fact]
    public void Comments_and_ignored_tokens_do_not_count_as_tokens()
    {
        var options = new ParserOptions { MaxTokens = 3 };
        GraphQLParser.Parse("# comment\n,,, { # more\n a , }", options);
    }

    [Fact]
    public void Too_large_documents_are_refused_before_parsing()
    {
        var options = new ParserOptions { MaxDocumentBytes = 16 };
        GraphQLParser.Parse("{ a b c d e f }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse("{ a b c d e f g h }", options));
        Assert.Equal("Document is larger than 16 bytes.", error.Description);
        Assert.Equal(new SourceLocation(1, 1), error.Location);

        // Counted in UTF-8 bytes: 8 characters, 17 bytes.
        Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse("{a(x:\"日本語\")}", options));
        Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(Encoding.UTF8.GetBytes("{ a b c d e f g h }"), options));

        var defaults = Assert.Throws<GraphQLSyntaxException>(
            () => GraphQLParser.Parse("{ a(x: \"" + new string('x', 2 * 1024 * 1024) + "\") }"));
        Assert.Equal("Document is larger than 2097152 bytes.", defaults.Description);
    }

    [Fact]
    public void Large_documents_within_limits_parse()
    {
        var builder = new StringBuilder("{");
        for (var i = 0; i < 15_000; i++)
        {
            builder.Append(" f").Append(i).Append("(a: ").Append(i).Append(')');
        }

        builder.Append(" }");
        var document = GraphQLParser.Parse(builder.ToString());
        Assert.Equal(15_000, ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Count);
    }

    [Fact]
    public void Parsing_from_several_threads_at_once_is_safe()
    {
        var source = LanguageSnapshots.Read("kitchen-sink-query.graphql");
        var expected = SyntaxPrinter.Print(GraphQLParser.Parse(source));
        Parallel.For(0, 200, _ => Assert.Equal(expected, SyntaxPrinter.Print(GraphQLParser.Parse(source))));
    }
}
