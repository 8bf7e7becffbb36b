using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>
/// With redaction on, errors about invalid inputs name the variable, argument, path and expected type but never repeat
/// the value (for endpoints whose inputs are health data); without it, messages are graphql-js's.
/// </summary>
public class RedactionTests
{
    private const string Sdl = """
        input Patient { birthDate: Date, codes: [Int!] }
        scalar Date
        type Query { check(patient: Patient, count: Int): String }
        """;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl)
        .AddScalar(Gateway.GraphQL.Types.Scalars.ExtendedScalars.Date)
        .AddResolver("Query", "check", _ => new ValueTask<object?>("ok"))
        .Build();

    private static RequestExecutor Executor(bool redact) => new(Schema, new RequestExecutorOptions
    {
        Validate = DocumentValidator.Using(ValidationOptions.Default with { RedactValues = redact }),
        Execution = new ExecutionOptions { RedactInputValues = redact },
    });

    [Fact]
    public async Task Variable_errors_do_not_repeat_the_value_when_redacting()
    {
        var request = new ExecutionRequest
        {
            Query = "query ($p: Patient) { check(patient: $p) }",
            Variables = new Dictionary<string, object?>
            {
                ["p"] = new Dictionary<string, object?> { ["birthDate"] = "1980-13-45", ["codes"] = new List<object?> { 1L, "77386006" } },
            },
        };

        var redacted = await Executor(redact: true).ExecuteAsync(request);
        var plain = await Executor(redact: false).ExecuteAsync(request);

        Assert.Equal(2, redacted.Errors.Count);
        Assert.DoesNotContain("1980-13-45", redacted.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("77386006", redacted.ToJson(), StringComparison.Ordinal);
        Assert.Contains(redacted.Errors, e => e.Message == "Variable \"$p\" got an invalid value at \"p.codes[1]\"; it is not a valid \"Int!\".");
        Assert.Contains("77386006", plain.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Literal_errors_do_not_repeat_the_value_when_redacting()
    {
        var request = new ExecutionRequest { Query = """{ check(patient: { birthDate: "1977-02-31" }, count: "12") }""" };

        var redacted = await Executor(redact: true).ExecuteAsync(request);
        var plain = await Executor(redact: false).ExecuteAsync(request);

        Assert.Equal(2, redacted.Errors.Count);
        Assert.DoesNotContain("1977-02-31", redacted.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("\\\"12\\\"", redacted.ToJson(), StringComparison.Ordinal);
        Assert.Contains(redacted.Errors, e => e.Message == "Expected value of type \"Int\"; the value given is not one.");
        Assert.Contains("1977-02-31", plain.ToJson(), StringComparison.Ordinal);
    }
}
