using System.Globalization;
using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Validation;
using static Gateway.GraphQL.Tests.Validation.RuleHarness;

namespace Gateway.GraphQL.Tests.Validation;

public class LimitsTests
{
    private static IReadOnlyList<GraphQLError> Validate(string query, ValidationOptions? options = null) =>
        RuleHarness.Validate(PetsSchema.Schema, query, options ?? ValidationOptions.Default);

    private static string NestedMothers(int depth)
    {
        // dog is depth 1, each mother adds one level, name is the last.
        var builder = new StringBuilder("{ dog { ");
        for (var i = 0; i < depth - 2; i++)
        {
            builder.Append("mother { ");
        }

        builder.Append("name");
        builder.Append(' ', 1).Append(string.Concat(Enumerable.Repeat("} ", depth - 1)));
        return builder.Append('}').ToString();
    }

    [Fact]
    public void Defaults_accept_every_variant_of_graphql_js_introspection_query()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "conformance", "corpus", "introspection-query", "cases.jsonl"));
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            var query = document.RootElement.GetProperty("query").GetString()!;
            Assert.Empty(Validate(query));
        }
    }

    [Fact]
    public void Depth_of_fifteen_passes_and_sixteen_is_refused()
    {
        Assert.Empty(Validate(NestedMothers(15)));
        var errors = Validate(NestedMothers(16));
        AssertErrors(errors, [Error("The anonymous operation has a depth of 16, which exceeds the maximum allowed depth of 15.", (1, 1))]);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, errors[0].Code);
    }

    [Fact]
    public void Depth_follows_fragments_and_counts_introspection_fields()
    {
        var errors = Validate(
            """
            query Deep { dog { ...A } }
            fragment A on Dog { mother { mother { mother { ...B } } } }
            fragment B on Dog { mother { mother { mother { mother { ...C } } } } }
            fragment C on Dog { mother { mother { mother { mother { mother { mother { mother { __typename } } } } } } } }
            """);
        AssertErrors(errors, [Error("Operation \"Deep\" has a depth of 16, which exceeds the maximum allowed depth of 15.", (1, 1))]);

        var options = ValidationOptions.Default with { MaxDepth = 3 };
        AssertErrors(
            Validate("{ __schema { types { fields { name } } } }", options),
            [Error("The anonymous operation has a depth of 4, which exceeds the maximum allowed depth of 3.", (1, 1))]);
    }

    [Fact]
    public void Cost_multiplies_list_fields_by_their_size_argument()
    {
        // dogs: 1 + 100 x (friends: 1 + 100 x (owner: 1)) = 10,101.
        var errors = Validate("query Q { dogs(first: 100) { friends(first: 100) { owner { name } } } }");
        AssertErrors(errors, [Error("Operation \"Q\" has a cost of 10101, which exceeds the maximum allowed cost of 1000.", (1, 1))]);
        Assert.Equal(ErrorCodes.MaxCostExceeded, errors[0].Code);

        // Without sizes, lists count 10 items: 1 + 10 x (1 + 10 x 1) = 111.
        Assert.Empty(Validate("query Q { dogs { friends { owner { name } } } }"));
    }

    [Fact]
    public void Cost_reads_sizes_from_variables_when_they_are_given()
    {
        const string Query = "query Q($n: Int) { dogs(first: $n) { friends(first: $n) { owner { name } } } }";
        var document = GraphQLParser.Parse(Query);
        Assert.Empty(DocumentValidator.Validate(PetsSchema.Schema, document));
        var variables = new Dictionary<string, object?> { ["n"] = 50 };
        var errors = DocumentValidator.CheckLimits(PetsSchema.Schema, document, variables);
        AssertErrors(errors, [Error("Operation \"Q\" has a cost of 2551, which exceeds the maximum allowed cost of 1000.", (1, 1))]);
        Assert.Equal(errors.Select(e => e.Message), DocumentValidator.Validate(PetsSchema.Schema, document, variables).Select(e => e.Message));
        Assert.Empty(DocumentValidator.CheckLimits(PetsSchema.Schema, document, new Dictionary<string, object?> { ["n"] = 5 }));
    }

    [Fact]
    public void Cost_model_is_configurable()
    {
        var options = ValidationOptions.Default with { MaxCost = 5, LeafFieldCost = 1, DefaultListSize = 2 };

        // dogs: 1 + 2 x (name 1 + nickname 1) = 5 passes; one more leaf makes 7.
        Assert.Empty(Validate("{ dogs { name nickname } }", options));
        AssertErrors(
            Validate("{ dogs { name nickname barks } }", options),
            [Error("The anonymous operation has a cost of 7, which exceeds the maximum allowed cost of 5.", (1, 1))]);
    }

    [Fact]
    public void Introspection_costs_nothing()
    {
        var options = ValidationOptions.Default with { MaxCost = 0 };
        Assert.Empty(Validate("{ __schema { types { fields { type { name } } } } __typename }", options));
    }

    [Fact]
    public void Field_count_includes_aliases_and_expanded_fragments()
    {
        var query = "{ dog { ...F ...F } } fragment F on Dog { " + string.Concat(Enumerable.Range(0, 500).Select(i => $"a{i}: name ")) + "}";
        var errors = Validate(query);
        AssertErrors(errors, [Error("The anonymous operation selects 1001 fields, which exceeds the maximum allowed number of fields of 1000.", (1, 1))]);
        Assert.Equal(ErrorCodes.MaxFieldsExceeded, errors[0].Code);
    }

    [Fact]
    public void Fragment_spreads_that_multiply_are_counted_without_expanding_them()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2 + 4 + ... + 2^40 spreads.
        var builder = new StringBuilder("query Q { dog { ...F0 } }\n");
        for (var i = 0; i < 40; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Dog {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        builder.Append("fragment F40 on Dog { name }");
        var options = ValidationOptions.Default with { MaxFields = null };
        var errors = Validate(builder.ToString(), options);
        AssertErrors(errors, [Error("Operation \"Q\" expands 2199023255551 fragment spreads, which exceeds the maximum allowed number of fragment spreads of 1000.", (1, 1))]);
        Assert.Equal(ErrorCodes.MaxFragmentsExceeded, errors[0].Code);
    }

    [Fact]
    public void Introspection_can_be_disabled_but_typename_stays()
    {
        var options = ValidationOptions.Default with { AllowIntrospection = false };
        Assert.Empty(Validate("{ dog { __typename } __typename }", options));
        var errors = Validate("{ __schema { queryType { name } } dog { name } __type(name: \"Dog\") { name } }", options);
        AssertErrors(
            errors,
            [
                Error("Introspection is disabled: the field \"__schema\" cannot be queried.", (1, 3)),
                Error("Introspection is disabled: the field \"__type\" cannot be queried.", (1, 48)),
            ]);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.IntrospectionDisabled, e.Code));
    }

    [Fact]
    public void OfType_nesting_is_bounded()
    {
        static string OfTypes(int count) =>
            "{ __type(name: \"Dog\") { " + string.Concat(Enumerable.Repeat("ofType { ", count)) + "name" + string.Concat(Enumerable.Repeat(" }", count)) + " } }";

        var options = ValidationOptions.Default with { MaxDepth = null };
        Assert.Empty(Validate(OfTypes(10), options));
        var errors = Validate(OfTypes(11), options);
        AssertErrors(errors, [Error("The anonymous operation nests \"ofType\" 11 levels deep, which exceeds the maximum allowed introspection type depth of 10.", (1, 1))]);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, errors[0].Code);
    }

    [Fact]
    public void A_document_over_a_limit_gets_only_the_limit_errors()
    {
        var errors = Validate(NestedMothers(20).Replace("name", "unknownField", StringComparison.Ordinal));
        Assert.Single(errors);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, errors[0].Code);
    }

    [Fact]
    public void Unlimited_runs_the_spec_rules_only()
    {
        Assert.Empty(Validate(NestedMothers(40), ValidationOptions.Unlimited));
        Assert.Empty(Validate("{ dogs(first: 100000) { friends(first: 100000) { name } } }", ValidationOptions.Unlimited));
        Assert.False(ValidationOptions.Unlimited.HasLimits);
        Assert.True(ValidationOptions.Default.HasLimits);
    }

    [Fact]
    public void Error_limit_stops_validation_like_graphql_js()
    {
        var query = "{ dog { " + string.Concat(Enumerable.Range(0, 150).Select(i => $"f{i} ")) + "} }";
        var errors = Validate(query);
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal(6, Validate(query, ValidationOptions.Default with { MaxErrors = 5 }).Count);
    }

    [Fact]
    public void Suggestions_can_be_hidden()
    {
        var options = ValidationOptions.Default with { HideSuggestions = true };
        AssertErrors(
            Validate("{ dog { nam } catOrDog { name } complicatedArgs { enumArgField(enumArg: BRWN) } }", options),
            [
                Error("Cannot query field \"nam\" on type \"Dog\".", (1, 9)),
                Error("Cannot query field \"name\" on type \"CatOrDog\".", (1, 26)),
                Error("Value \"BRWN\" does not exist in \"FurColor\" enum.", (1, 73)),
            ]);
    }

    [Fact]
    public async Task Executor_validates_by_default_before_any_resolver_runs()
    {
        Assert.NotNull(RequestExecutorOptions.Default.Validate);
        var executor = new RequestExecutor(PetsSchema.Schema);
        var invalid = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ dog { nam } }" });
        Assert.False(invalid.HasData);
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Single(invalid.Errors).Code);

        var deep = await executor.ExecuteAsync(new ExecutionRequest { Query = NestedMothers(16) });
        Assert.False(deep.HasData);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, Assert.Single(deep.Errors).Code);

        var unlimited = new RequestExecutor(PetsSchema.Schema, RequestExecutorOptions.Default with { Validate = DocumentValidator.Using(ValidationOptions.Unlimited) });
        var allowed = await unlimited.ExecuteAsync(new ExecutionRequest { Query = NestedMothers(16) });
        Assert.True(allowed.HasData);
    }

    [Fact]
    public async Task Executor_checks_list_sizes_given_by_variables_per_request()
    {
        var executor = new RequestExecutor(PetsSchema.Schema);
        const string Query = "query Q($n: Int) { dogs(first: $n) { friends(first: $n) { owner { name } } } }";
        var refused = await executor.ExecuteAsync(new ExecutionRequest { Query = Query, Variables = new Dictionary<string, object?> { ["n"] = 50 } });
        Assert.False(refused.HasData);
        var error = Assert.Single(refused.Errors);
        Assert.Equal(ErrorCodes.MaxCostExceeded, error.Code);
        Assert.Equal("Operation \"Q\" has a cost of 2551, which exceeds the maximum allowed cost of 1000.", error.Message);

        var allowed = await executor.ExecuteAsync(new ExecutionRequest { Query = Query, Variables = new Dictionary<string, object?> { ["n"] = 5 } });
        Assert.True(allowed.HasData);
        Assert.Empty(allowed.Errors);

        var uncheckedExecutor = new RequestExecutor(PetsSchema.Schema, RequestExecutorOptions.Default with { CheckLimits = null });
        var result = await uncheckedExecutor.ExecuteAsync(new ExecutionRequest { Query = Query, Variables = new Dictionary<string, object?> { ["n"] = 50 } });
        Assert.True(result.HasData);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "conformance")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("The repository root was not found.");
    }
}
