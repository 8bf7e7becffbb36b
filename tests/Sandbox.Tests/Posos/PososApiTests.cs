using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Gateway.Sandbox.Tests.Posos.PososClient;

namespace Gateway.Sandbox.Tests.Posos;

/// <summary>The Posos routes: bearer check, interactions, autocomplete, both GraphQL paths, recorded operations.</summary>
public sealed class PososApiTests(PososFixture fixture) : IClassFixture<PososFixture>
{
    private readonly HttpClient _client = fixture.Host.Client;

    [Theory]
    [InlineData(null, "Invalid IAP credentials: empty token")]
    [InlineData("wrong", "Invalid IAP credentials: Unable to parse JWT")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "Invalid IAP credentials: JWT signature is invalid")]
    public async Task A_missing_or_wrong_token_is_refused_as_the_proxy_would(string? token, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/aort/v1/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal("text/html; charset=UTF-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
        Assert.Equal("true", response.Headers.GetValues("X-Goog-IAP-Generated-Response").Single());
    }

    [Fact]
    public async Task The_configured_token_is_accepted_on_both_paths()
    {
        Assert.Equal((200, """{"data":{"__typename":"Query"}}"""), await PostAsync(_client, new { query = "{ __typename }" }));
        Assert.Equal((200, """{"data":{"__typename":"Query"}}"""), await PostAsync(_client, new { query = "{ __typename }" }, path: "/aort-api-v3/v1/graphql"));
    }

    [Fact]
    public async Task The_token_is_configurable()
    {
        await using var host = await SandboxHost.StartAsync(o =>
        {
            o.Eclaire.DataSet = Gateway.Sandbox.Eclaire.Data.EclaireDataSetKind.TestFixtures;
            o.Posos.Token = "other-token";
        });

        Assert.Equal(401, (await PostAsync(host.Client, new { query = "{ __typename }" })).Status);
        Assert.Equal(200, (await PostAsync(host.Client, new { query = "{ __typename }" }, "other-token")).Status);
    }

    [Fact]
    public async Task Documents_are_validated_against_the_schema()
    {
        var (status, body) = await PostAsync(_client, new { query = "{ getContraindications { nope } }" });

        var result = JsonNode.Parse(body)!;

        Assert.Equal(200, status);
        Assert.StartsWith("Cannot query field \"nope\" on type \"AlertResult\".", result["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(result["data"]);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/aort/v1/graphql") { Content = new StringContent("{nope", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", "sandbox-token");

        using var response = await _client.SendAsync(request);

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task Interactions_name_both_drugs_in_the_rule_s_order()
    {
        const string query = """
            query ($drugs: [DrugInput], $types: [InteractionType]) {
              getInteractions(drugs: $drugs, types: $types) { designation type left { brandedDrug { code } } right { brandedDrug { code } } warnings { risk } source { author } }
            }
            """;
        var drugs = new[] { new { brandedDrug = new { code = "67997205" } }, new { brandedDrug = new { code = "67037301" } } };

        var (_, body) = await PostAsync(_client, new { query, variables = new { drugs } });
        var interaction = JsonNode.Parse(body)!["data"]!["getInteractions"]![0]!;
        var (_, filtered) = await PostAsync(_client, new { query, variables = new { drugs, types = new[] { "PRECAUTION" } } });

        Assert.Equal("Simvastatine <> Clarithromycine", interaction["designation"]!.GetValue<string>());
        Assert.Equal("CONTRAINDICATION", interaction["type"]!.GetValue<string>());
        Assert.Equal("67037301", interaction["left"]!["brandedDrug"]!["code"]!.GetValue<string>());
        Assert.Equal("67997205", interaction["right"]!["brandedDrug"]!["code"]!.GetValue<string>());
        Assert.Equal("""{"data":{"getInteractions":[]}}""", filtered);
    }

    [Fact]
    public async Task Autocomplete_finds_drugs_and_conditions()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/autocomplete-api/autocomplete?query=sitagliptine&entity_type=CLINICAL_DRUG&k=2");
        request.Headers.Authorization = new("Bearer", "sandbox-token");
        using var response = await _client.SendAsync(request);
        var drugs = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("sitagliptine", drugs["query"]!.GetValue<string>());
        Assert.Equal("CLINICAL_DRUG", drugs["entity_type"]!.GetValue<string>());
        Assert.Contains(drugs["candidates"]!.AsArray(), c => c!["id"]!.GetValue<string>() == "MV00003202");
        Assert.Equal(["id", "name", "drug_concept_level", "similarity"], Json.Keys(drugs["candidates"]![0]));

        using var terrain = new HttpRequestMessage(HttpMethod.Get, "/autocomplete-api/autocomplete?query=asthme&entity_type=CONTRAINDICATION_TERRAIN");
        terrain.Headers.Authorization = new("Bearer", "sandbox-token");
        using var terrainResponse = await _client.SendAsync(terrain);
        var conditions = JsonNode.Parse(await terrainResponse.Content.ReadAsStringAsync())!;
        Assert.Equal("195967001", conditions["candidates"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Autocomplete_validates_its_parameters_and_needs_the_token()
    {
        using var missing = new HttpRequestMessage(HttpMethod.Get, "/autocomplete-api/autocomplete?entity_type=DRUG");
        missing.Headers.Authorization = new("Bearer", "sandbox-token");
        using var missingResponse = await _client.SendAsync(missing);
        using var anonymous = await _client.GetAsync("/autocomplete-api/autocomplete?query=doliprane");

        Assert.Equal(422, (int)missingResponse.StatusCode);
        Assert.Equal("""{"detail":[{"loc":["query","query"],"msg":"field required","type":"value_error.missing"}]}""", await missingResponse.Content.ReadAsStringAsync());
        Assert.Equal(401, (int)anonymous.StatusCode);
    }

    [Fact]
    public async Task The_sandbox_records_the_operations_it_received_as_sent()
    {
        await using var host = await SandboxHost.StartE2eIndexAsync();
        const string query = "query alerts($drugs: [DrugInput]) { getContraindications(drugs: $drugs) { designation } }";
        var variables = JsonNode.Parse("""{"drugs":[{"clinicalDrug":{"code":"MV00003202","terminology":"posos"}}]}""");
        await PostAsync(host.Client, new { query, variables, operationName = "alerts" }, path: "/aort-api-v3/v1/graphql");

        var operations = JsonNode.Parse((await Json.GetAsync(host.Client, "/_sandbox/posos/operations")).Body)!.AsArray();
        var operation = Assert.Single(operations)!;

        Assert.Equal("/aort-api-v3/v1/graphql", operation["path"]!.GetValue<string>());
        Assert.Equal("alerts", operation["operationName"]!.GetValue<string>());
        Assert.Equal(query, operation["query"]!.GetValue<string>());
        Assert.Equal(variables!.ToJsonString(), operation["variables"]!.ToJsonString());

        using var cleared = await host.Client.DeleteAsync("/_sandbox/posos/operations");
        Assert.Equal("[]", (await Json.GetAsync(host.Client, "/_sandbox/posos/operations")).Body);
    }

    [Fact]
    public async Task Refused_requests_are_not_recorded()
    {
        await using var host = await SandboxHost.StartE2eIndexAsync();
        await PostAsync(host.Client, new { query = "{ __typename }" }, token: null);

        Assert.Equal("[]", (await Json.GetAsync(host.Client, "/_sandbox/posos/operations")).Body);
    }
}
