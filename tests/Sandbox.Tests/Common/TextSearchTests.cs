using Gateway.Sandbox.Eclaire.Search;

namespace Gateway.Sandbox.Tests.Common;

/// <summary>The standard analyzer and the Lucene query parser behind <c>_text</c>.</summary>
public sealed class TextSearchTests
{
    [Theory]
    [InlineData("Étude de phase III", "étude|de|phase|iii")]
    [InlineData("2022-500014-26-00", "2022|500014|26|00")]
    [InlineData("reglementation_code: REG536", "reglementation_code|reg536")]
    [InlineData("l'amylose cardiaque", "l'amylose|cardiaque")]
    [InlineData("version 3.0.0, 1,5 mg", "version|3.0.0|1,5|mg")]
    [InlineData("https://interop.esante.gouv.fr/ig", "https|interop.esante.gouv.fr|ig")]
    [InlineData("www.w3.org test@sante.gouv", "www.w3|org|test|sante.gouv")]
    [InlineData("<li> etat: EN_COURS </li>", "li|etat|en_cours|li")]
    public void The_standard_analyzer_splits_like_Lucene(string text, string tokens)
    {
        Assert.Equal(tokens.Split('|'), StandardAnalyzer.Tokens(text));
    }

    [Fact]
    public void AND_makes_both_neighbours_required()
    {
        var query = Assert.IsType<BooleanTextQuery>(TextQueryParser.Parse("a AND b c"));

        Assert.Equal([Occur.Must, Occur.Must, Occur.Should], query.Clauses.Select(c => c.Occur));
    }

    [Fact]
    public void NOT_and_minus_exclude_and_plus_requires()
    {
        var query = Assert.IsType<BooleanTextQuery>(TextQueryParser.Parse("+a -b NOT c !d"));

        Assert.Equal([Occur.Must, Occur.MustNot, Occur.MustNot, Occur.MustNot], query.Clauses.Select(c => c.Occur));
    }

    [Fact]
    public void A_query_of_exclusions_gets_a_match_all()
    {
        var query = Assert.IsType<BooleanTextQuery>(TextQueryParser.Parse("-a"));

        Assert.IsType<MatchAllTextQuery>(query.Clauses[0].Query);
        Assert.Equal(Occur.MustNot, query.Clauses[1].Occur);
    }

    [Fact]
    public void Terms_phrases_fields_prefixes_wildcards_and_ranges()
    {
        Assert.Equal(new TermTextQuery("cancer"), TextQueryParser.Parse("cancer"));
        Assert.Equal(new PhraseTextQuery("cancer du sein", 0), TextQueryParser.Parse("\"cancer du sein\""));
        Assert.Equal(new TermTextQuery("sein") { Field = "title" }, TextQueryParser.Parse("title:sein"));
        Assert.Equal(new PrefixTextQuery("onco"), TextQueryParser.Parse("Onco*"));
        Assert.Equal(new WildcardTextQuery("c?nc*r"), TextQueryParser.Parse("c?nc*r"));
        Assert.Equal(new RangeTextQuery("2024-01-01", null, true, false) { Field = "meta.lastUpdated" }, TextQueryParser.Parse("meta.lastUpdated:[2024-01-01 TO *}"));
        Assert.IsType<MatchAllTextQuery>(TextQueryParser.Parse("*:*"));
        Assert.Equal(new FuzzyTextQuery("cancre", 1), TextQueryParser.Parse("cancre~1^2"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("(a")]
    [InlineData("a)")]
    [InlineData("a OR")]
    [InlineData("title:")]
    [InlineData("\"open")]
    [InlineData("/open")]
    [InlineData("[a TO")]
    public void Lucene_syntax_errors(string text)
    {
        var error = Assert.Throws<TextQueryParseException>(() => TextQueryParser.Parse(text));

        Assert.Equal("Failed to parse query [" + text + "]", error.Message);
    }
}
