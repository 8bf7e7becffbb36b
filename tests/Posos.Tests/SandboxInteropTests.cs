using System.Text.Json;
using Gateway.Posos.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Posos.Tests;

/// <summary>
/// The client against the project's Posos and Google token stand-ins over HTTP: the documented contraindication
/// example, the autocomplete, the IAP-style 401, and the service-account exchange checked with the account's public key.
/// </summary>
public sealed class SandboxInteropTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly PososOperation DocumentedExample = new(
        "query getContraindications($drugs: [DrugInput], $patient: PatientInput) { getContraindications(drugs: $drugs, patient: $patient) { designation type drug { clinicalDrug { code inn } } } }",
        JsonDocument.Parse("""{"drugs":[{"clinicalDrug":{"code":"MV00003202","terminology":"posos"}}],"patient":{"conditions":[{"coding":{"code":"289908002"}}]}}""").RootElement.Clone(),
        "getContraindications");

    [Fact]
    public async Task The_documented_example_returns_the_documented_alert_with_the_static_token()
    {
        await using var provider = sandbox.Client(new() { ["Posos:Token"] = "sandbox-token" });
        var client = provider.GetRequiredService<IPososClient>();

        var result = await client.ExecuteAsync(DocumentedExample, None);

        Assert.Empty(result.Errors);
        var alert = Assert.Single(result.Data!.Value.GetProperty("getContraindications").EnumerateArray());
        Assert.Equal("Grossesse", alert.GetProperty("designation").GetString());
        Assert.Equal("ABSOLUTE_CONTRAINDICATION", alert.GetProperty("type").GetString());
        Assert.Equal("sitagliptine", alert.GetProperty("drug").GetProperty("clinicalDrug").GetProperty("inn").GetString());
    }

    [Fact]
    public async Task Upstream_graphql_errors_come_back_with_their_paths()
    {
        await using var provider = sandbox.Client(new() { ["Posos:Token"] = "sandbox-token", ["Posos:GraphQLPath"] = "aort-api-v3/v1/graphql" });
        var client = provider.GetRequiredService<IPososClient>();

        var result = await client.ExecuteAsync(new PososOperation("{ getContraindications { nope } }"), None);

        Assert.True(result.HasErrors);
        Assert.Contains("nope", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_autocomplete_finds_drugs_and_conditions()
    {
        await using var provider = sandbox.Client(new() { ["Posos:Token"] = "sandbox-token" });
        var client = provider.GetRequiredService<IPososClient>();

        var drugs = await client.AutocompleteAsync("doliprane", PososEntityType.Drug, 3, None);
        var conditions = await client.AutocompleteAsync("grossesse", PososEntityType.ContraindicationTerrain, 5, None);

        Assert.InRange(drugs.Candidates.Count, 1, 3);
        Assert.All(drugs.Candidates, c => Assert.Contains("DOLIPRANE", c.Name.ToUpperInvariant(), StringComparison.Ordinal));
        Assert.All(drugs.Candidates, c => Assert.NotNull(c.Level));
        Assert.Contains(conditions.Candidates, c => c.Id == "77386006");
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        await using var provider = sandbox.Client(new() { ["Posos:Token"] = "not-the-sandbox-token" });
        var client = provider.GetRequiredService<IPososClient>();

        var error = await Assert.ThrowsAsync<PososUnauthorizedException>(() => client.ExecuteAsync(DocumentedExample, None));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task A_service_account_key_is_exchanged_once_and_its_id_token_accepted()
    {
        await sandbox.Sandbox.DeleteAsync(new Uri("/_sandbox/google/exchanges", UriKind.Relative));
        var logs = new LogCapture();
        await using var provider = sandbox.Client(
            new() { ["Posos:ServiceAccountKeyJson"] = sandbox.Account.KeyJson(), ["Posos:TokenEndpoint"] = "http://localhost/token" },
            logs);
        var client = provider.GetRequiredService<IPososClient>();

        var result = await client.ExecuteAsync(DocumentedExample, None);
        await client.AutocompleteAsync("doliprane", PososEntityType.Drug, 3, None);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.ExecuteAsync(DocumentedExample, None)));

        Assert.Single(result.Data!.Value.GetProperty("getContraindications").EnumerateArray());
        using var exchanges = JsonDocument.Parse(await sandbox.Sandbox.GetStringAsync(new Uri("/_sandbox/google/exchanges", UriKind.Relative)));
        Assert.Equal(1, exchanges.RootElement.GetProperty("exchanges").GetInt32());
        Assert.Equal(0, exchanges.RootElement.GetProperty("rejected").GetInt32());
        Assert.DoesNotContain(logs.Lines, l => l.Contains("eyJ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_the_token_endpoint_does_not_trust_is_unauthorized()
    {
        using var stranger = new TestServiceAccount();
        await using var provider = sandbox.Client(new() { ["Posos:ServiceAccountKeyJson"] = stranger.KeyJson(), ["Posos:TokenEndpoint"] = "http://localhost/token" });
        var client = provider.GetRequiredService<IPososClient>();

        var error = await Assert.ThrowsAsync<PososUnauthorizedException>(() => client.ExecuteAsync(DocumentedExample, None));

        Assert.True(error.FromTokenEndpoint);
        Assert.Equal("invalid_grant", error.OAuthError);
    }
}
