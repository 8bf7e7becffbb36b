using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>
/// <see cref="ParserOptions.RedactValues"/>: syntax errors name a misplaced value's kind without repeating it (it may be a
/// patient's birth date or code), everything else as graphql-js writes it; off by default.
/// </summary>
public class ParserRedactionTests
{
    private static readonly ParserOptions Redacting = new() { RedactValues = true };

    [Theory]
    [InlineData("""{ a(birthDate "1961-11-23") }""", "Expected \":\", found String.", "Expected \":\", found String \"1961-11-23\".")]
    [InlineData("{ a(code \"\"\"77386006\"\"\") }", "Expected \":\", found BlockString.", "Expected \":\", found BlockString \"77386006\".")]
    [InlineData("{ a(value 37.5) }", "Expected \":\", found Float.", "Expected \":\", found Float \"37.5\".")]
    [InlineData("{ a(x: 1) 61052830 }", "Expected Name, found Int.", "Expected Name, found Int \"61052830\".")]
    [InlineData("""query "2999-01-01" { a }""", "Expected \"{\", found String.", "Expected \"{\", found String \"2999-01-01\".")]
    [InlineData("{ a } 13200003", "Unexpected Int.", "Unexpected Int \"13200003\".")]
    [InlineData("{ a(x: 1) b c } d", "Unexpected Name \"d\".", "Unexpected Name \"d\".")]
    public void Value_tokens_are_named_by_their_kind_only(string document, string redacted, string graphqlJs)
    {
        Assert.Equal(redacted, Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(document, Redacting)).Description);
        Assert.Equal(graphqlJs, Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(document)).Description);
    }
}
