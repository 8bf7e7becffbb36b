using Gateway.GraphQL.Language;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// Documents crafted to exhaust a validator are answered with a clear error and a code (timings are in
/// bench/GraphQL.Benchmarks/ValidationAdversarialBenchmarks.cs). Under <see cref="ValidationOptions.Unlimited"/>
/// the answers are graphql-js 16.15's, work budgets included.
/// </summary>
public class AdversarialDocumentTests
{
    private static IReadOnlyList<GraphQLError> Validate(string text, ValidationOptions options, ParserOptions? parser = null) =>
        DocumentValidator.Validate(PetsSchema.Schema, GraphQLParser.Parse(text, parser), options);

    [Fact]
    public void Ten_thousand_aliases_exceed_the_field_limit()
    {
        var errors = Validate(AdversarialDocuments.ManyAliases(), ValidationOptions.Default);
        var error = Assert.Single(errors);
        Assert.Equal("The anonymous operation selects 10001 fields, which exceeds the maximum allowed number of fields of 1000.", error.Message);
        Assert.Equal(ErrorCodes.MaxFieldsExceeded, error.Code);

        // Distinct aliases are valid for the spec rules.
        Assert.Empty(Validate(AdversarialDocuments.ManyAliases(), ValidationOptions.Unlimited));
    }

    [Fact]
    public void Ten_thousand_copies_of_one_field_exhaust_the_overlap_budget_without_limits()
    {
        var limited = Assert.Single(Validate(AdversarialDocuments.RepeatedField(), ValidationOptions.Default));
        Assert.Equal(ErrorCodes.MaxFieldsExceeded, limited.Code);

        // 50 million pairs to compare: graphql-js's budget stops the comparison, and so does ours.
        var unlimited = Assert.Single(Validate(AdversarialDocuments.RepeatedField(), ValidationOptions.Unlimited));
        Assert.Equal("Validation aborted.", unlimited.Message);
        Assert.Equal(ErrorCodes.ValidationFailed, unlimited.Code);
    }

    [Fact]
    public void Fragments_nesting_five_hundred_deep_exceed_the_depth_limit()
    {
        var error = Assert.Single(Validate(AdversarialDocuments.NestedFragments(), ValidationOptions.Default));
        Assert.Equal("Operation \"Nested\" has a depth of 502, which exceeds the maximum allowed depth of 15.", error.Message);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, error.Code);
        Assert.Empty(Validate(AdversarialDocuments.NestedFragments(), ValidationOptions.Unlimited));
    }

    [Fact]
    public void A_cycle_of_a_thousand_fragments_is_reported_once()
    {
        var limited = Validate(AdversarialDocuments.FragmentCycle(), ValidationOptions.Default);
        Assert.Equal([ErrorCodes.MaxFieldsExceeded, ErrorCodes.MaxFragmentsExceeded], limited.Select(e => e.Code));

        // Without the size limits, the spec rules answer: one cycle error naming every fragment, then
        // the overlap comparison of the thousand fragments runs out of budget, as in graphql-js.
        var errors = Validate(AdversarialDocuments.FragmentCycle(), ValidationOptions.Default with { MaxFields = null, MaxFragmentSpreads = null });
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\", ", errors[0].Message, StringComparison.Ordinal);
        Assert.EndsWith(", \"F999\".", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(1000, errors[0].Locations!.Count);
        Assert.Equal(ErrorCodes.ValidationFailed, errors[0].Code);
        Assert.Equal("Validation aborted.", errors[1].Message);
    }

    [Fact]
    public void A_megabyte_of_nested_lists_is_refused_by_the_parser_then_capped_by_the_error_limit()
    {
        var text = AdversarialDocuments.LargeNestedListArgument();
        var syntax = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(text));
        Assert.Equal(ErrorCodes.SyntaxError, syntax.Errors[0].Code);

        // Parsed with raised limits, every inner list is a wrong item: validation stops at 100 errors.
        var parser = ParserOptions.Default with { MaxTokens = 1_000_000 };
        var errors = Validate(text, ValidationOptions.Default, parser);
        Assert.Equal(101, errors.Count);
        Assert.Equal("String cannot represent a non string value: [\"x\"]", errors[0].Message);
        Assert.Equal(new SourceLocation(1, 56), errors[0].Locations![0]);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void A_selection_ten_thousand_deep_is_refused_by_the_parser_or_the_depth_limit()
    {
        var syntax = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(AdversarialDocuments.DeepSelection()));
        Assert.Contains("maximum nesting depth", syntax.Errors[0].Message, StringComparison.Ordinal);

        // Built in code, past the parser: the depth limit answers.
        var document = AdversarialDocuments.DeepSelectionDocument();
        var errors = DocumentValidator.Validate(PetsSchema.Schema, document);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("MAX_", e.Code, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == ErrorCodes.MaxDepthExceeded);

        // Without limits the spec rules walk it, or stop cleanly when the stack runs short.
        var unlimited = DocumentValidator.Validate(PetsSchema.Schema, document, ValidationOptions.Unlimited);
        Assert.True(unlimited.Count == 0 || unlimited.Single().Message == DocumentValidator.NestedTooDeeplyMessage);
    }

    [Fact]
    public void A_list_nested_a_hundred_thousand_deep_stops_validation_cleanly()
    {
        var document = AdversarialDocuments.DeepListDocument();
        var error = Assert.Single(DocumentValidator.Validate(PetsSchema.Schema, document));
        Assert.Equal(DocumentValidator.NestedTooDeeplyMessage, error.Message);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, error.Code);

        var unlimited = Assert.Single(DocumentValidator.Validate(PetsSchema.Schema, document, ValidationOptions.Unlimited));
        Assert.Equal(DocumentValidator.NestedTooDeeplyMessage, unlimited.Message);
        Assert.Equal(ErrorCodes.ValidationFailed, unlimited.Code);
    }
}
