using System.Net;
using Gateway.Posos.Tests.Support;

namespace Gateway.Posos.Tests;

/// <summary>Tokens, assertions, keys, documents and variables never reach a log line or an exception.</summary>
public sealed class SecretsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_static_token_and_the_patient_data_are_never_logged_nor_in_exceptions()
    {
        var answers = new Queue<HttpResponseMessage>(
        [
            TestPosos.Contraindications(),
            StubHandler.Text("Invalid IAP credentials: " + TestPosos.StaticToken, HttpStatusCode.Unauthorized),
            StubHandler.Json("""{"detail":"bad"}""", HttpStatusCode.BadRequest),
            StubHandler.Status(HttpStatusCode.NotFound),
            StubHandler.Json("""{"errors":[{"message":"boom"}]}"""),
        ]);
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(answers.Count > 0 ? answers.Dequeue() : StubHandler.Status(HttpStatusCode.InternalServerError)),
            new Dictionary<string, string?> { ["Posos:MaxRetryAttempts"] = "0" });
        var failures = new List<Exception>();

        for (var i = 0; i < 7; i++)
        {
            try
            {
                await test.Client.ExecuteAsync(TestPosos.Operation(), None);
                await test.Client.AutocompleteAsync("patient-search-9931", PososEntityType.Drug, 10, None);
            }
            catch (PososException exception)
            {
                failures.Add(exception);
            }
        }

        Assert.NotEmpty(failures);
        Assert.Contains(test.Logs.Lines, l => l.Contains("getContraindications", StringComparison.Ordinal) && l.Contains("200", StringComparison.Ordinal));
        Assert.Contains(test.Logs.Lines, l => l.Contains("Posos /autocomplete-api/autocomplete (operation autocomplete) refused the credentials with 401", StringComparison.Ordinal));
        AssertAbsent(test, failures, TestPosos.StaticToken, "MV00003202", "DrugInput", "patient-search-9931", "Bearer ");
        Assert.DoesNotContain(TestPosos.StaticToken, test.Credentials.ToString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_assertion_the_id_token_and_the_private_key_are_never_logged_nor_in_exceptions()
    {
        using var account = new TestServiceAccount();
        TestPosos? self = null;
        using var test = new TestPosos(
            (_, call, _) => Task.FromResult(call switch
            {
                1 => TestPosos.Contraindications(),
                2 => StubHandler.Status(HttpStatusCode.Unauthorized),
                _ => StubHandler.Status(HttpStatusCode.BadGateway),
            }),
            new Dictionary<string, string?> { ["Posos:MaxRetryAttempts"] = "0", ["Posos:CircuitBreaker:Enabled"] = "false" },
            tokenEndpoint: async (request, n, token) =>
            {
                var form = await request.Content!.ReadAsStringAsync(token);
                return n switch
                {
                    1 or 2 => self!.IssueToken(n),

                    // An endpoint that echoes what it got: the client still never repeats it.
                    3 => StubHandler.Json($$"""{"error":"invalid_grant","error_description":"{{form}}"}""", HttpStatusCode.BadRequest),
                    _ => StubHandler.Status(HttpStatusCode.ServiceUnavailable),
                };
            },
            account: account);
        self = test;
        var failures = new List<Exception>();

        for (var i = 0; i < 5; i++)
        {
            try
            {
                await test.Client.ExecuteAsync(TestPosos.Operation(), None);
            }
            catch (PososException exception)
            {
                failures.Add(exception);
            }

            test.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f is PososUnauthorizedException { FromTokenEndpoint: true });
        var assertions = test.TokenEndpoint.Requests.Select(r => TestPosos.Form(r)["assertion"]!).ToList();
        var keyLines = account.PrivateKeyPem.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("-----", StringComparison.Ordinal));
        AssertAbsent(test, failures, [.. test.IssuedTokens, .. assertions, .. assertions.Select(a => a.Split('.')[2]), .. keyLines, "PRIVATE KEY"]);
        Assert.DoesNotContain("PRIVATE", test.Credentials.ToString()!, StringComparison.Ordinal);
    }

    private static void AssertAbsent(TestPosos test, List<Exception> failures, params string[] secrets)
    {
        var texts = test.Logs.Lines.Concat(failures.Select(f => f.ToString())).ToList();
        Assert.NotEmpty(test.Logs.Lines);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.Ordinal));
        }
    }
}
