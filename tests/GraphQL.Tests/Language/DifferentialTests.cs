using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>
/// Hundreds of inputs (hand-written edge cases and seeded mutations of valid documents) whose graphql-js 16.15
/// outcome is stored in __snapshots__/differential-cases.json: the printed document, or the syntax error's
/// message and location. The parser and the printer must agree on every one.
/// </summary>
public class DifferentialTests
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static readonly IReadOnlyList<Case> Cases = Load();

    [Fact]
    public void Corpus_is_large_and_mixed()
    {
        Assert.True(Cases.Count > 1500);
        Assert.True(Cases.Count(c => c.Printed is not null) > 250);
        Assert.True(Cases.Count(c => c.Message is not null) > 1000);
    }

    [Fact]
    public void Parser_and_printer_agree_with_graphql_js_on_every_case()
    {
        var failures = new StringBuilder();
        var failed = 0;
        foreach (var @case in Cases)
        {
            var actual = Run(@case.Source);
            var expected = @case.Printed is not null
                ? "OK " + @case.Printed
                : "ERROR " + @case.Message + " (" + @case.Line + ":" + @case.Column + ")";
            if (actual != expected)
            {
                if (++failed <= 25)
                {
                    failures.Append("source:   ").AppendLine(JsonSerializer.Serialize(@case.Source))
                        .Append("expected: ").AppendLine(JsonSerializer.Serialize(expected))
                        .Append("actual:   ").AppendLine(JsonSerializer.Serialize(actual));
                }
            }
        }

        Assert.True(failed == 0, failed + " of " + Cases.Count + " cases differ:\n" + failures);
    }

    [Fact]
    public void Utf8_entry_point_agrees_with_the_string_one()
    {
        foreach (var @case in Cases)
        {
            var bytes = Encoding.UTF8.GetBytes(@case.Source);
            string actual;
            try
            {
                actual = "OK " + SyntaxPrinter.Print(GraphQLParser.Parse(bytes));
            }
            catch (GraphQLSyntaxException e)
            {
                actual = "ERROR " + SpellOutLoneSurrogates(e.Description) + " (" + e.Location.Line + ":" + e.Location.Column + ")";
            }

            Assert.Equal(Run(@case.Source), actual);
        }
    }

    [Fact]
    public void Printed_documents_parse_back_to_the_same_print()
    {
        foreach (var @case in Cases)
        {
            if (@case.Printed is null)
            {
                continue;
            }

            Assert.Equal(@case.Printed, SyntaxPrinter.Print(GraphQLParser.Parse(@case.Printed)));
        }
    }

    internal static string Run(string source)
    {
        try
        {
            return "OK " + SyntaxPrinter.Print(GraphQLParser.Parse(source));
        }
        catch (GraphQLSyntaxException e)
        {
            return "ERROR " + SpellOutLoneSurrogates(e.Description) + " (" + e.Location.Line + ":" + e.Location.Column + ")";
        }
    }

    /// <summary>What generate.js does to messages: a lone surrogate becomes <c>&lt;U+D83D&gt;</c>.</summary>
    private static string SpellOutLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append("<U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static List<Case> Load()
    {
        return JsonSerializer.Deserialize<List<Case>>(LanguageSnapshots.Read("differential-cases.json"), JsonOptions)!;
    }

    public sealed record Case(string Source, string? Printed, string? Message, int Line, int Column);
}
