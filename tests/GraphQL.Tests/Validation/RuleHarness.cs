using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// Runs one rule (or a list of rules) over a document against the pets schema, with no safety limits,
/// and compares the errors, in order, with the expected messages and locations (graphql-js's
/// expectErrors/expectValid style).
/// </summary>
public sealed class RuleHarness
{
    private readonly ValidationOptions _options;
    private readonly Schema _schema;

    public RuleHarness(Func<ValidationContext, ValidationRule> rule, Schema? schema = null)
        : this([rule], schema)
    {
    }

    public RuleHarness(IReadOnlyList<Func<ValidationContext, ValidationRule>> rules, Schema? schema = null)
    {
        _options = ValidationOptions.Unlimited with { Rules = rules };
        _schema = schema ?? PetsSchema.Schema;
    }

    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, string query, ValidationOptions options) =>
        DocumentValidator.Validate(schema, GraphQLParser.Parse(query), options);

    public static void AssertErrors(IReadOnlyList<GraphQLError> actual, IReadOnlyList<ExpectedError> expected)
    {
        var actualText = actual.Select(e => new ExpectedError(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray()).ToString()).ToList();
        var expectedText = expected.Select(e => e.ToString()).ToList();
        Assert.Equal(expectedText, actualText);
    }

    public void ExpectValid(string query) => ExpectErrors(query);

    public void ExpectErrors(string query, params ExpectedError[] expected)
    {
        var errors = Validate(_schema, query, _options);
        AssertErrors(errors, expected);
        foreach (var error in errors)
        {
            Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        }
    }
}
