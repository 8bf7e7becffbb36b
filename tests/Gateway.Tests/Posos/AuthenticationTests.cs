using System.Text.Json;
using Gateway.Tests.Posos.Support;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// Both ways of authenticating to Posos, against the sandbox's Posos and its Google token endpoint on a real port: a
/// static bearer token, and a service-account key exchanged for an ID token once for 100 concurrent queries, and once
/// more after the token's refresh time. Refused credentials are <c>UPSTREAM_UNAUTHORIZED</c>; no token or key ever
/// appears in a response or a log.
/// </summary>
public sealed class AuthenticationTests
{
    private const string Query = """
        { contraindications(drugs: [{ clinicalDrug: { code: "MV00003202" } }], patient: { conditions: [{ coding: { code: "77386006" } }] }) { designation } }
        """;

    /// <summary>The static token: every query answered.</summary>
    public sealed class StaticToken(PososFixture posos) : IClassFixture<PososFixture>
    {
        [Fact]
        public async Task The_static_token_is_accepted()
        {
            var response = await posos.QueryAsync(Query);

            response.AssertNoErrors();
            Assert.Equal("Grossesse", response.Data.GetProperty("contraindications")[0].GetProperty("designation").GetString());
            Assert.DoesNotContain(posos.Logs.Lines, line => line.Contains("sandbox-token", StringComparison.Ordinal));
        }
    }

    /// <summary>A token Posos refuses.</summary>
    public sealed class WrongToken(WrongTokenFixture posos) : IClassFixture<WrongTokenFixture>
    {
        [Fact]
        public async Task A_401_is_unauthorized_and_the_token_never_shows()
        {
            var response = await posos.QueryAsync("{ statistics { totalStudies } " + Query.Trim()[1..]);

            Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("contraindications").ValueKind);
            Assert.True(response.Data.GetProperty("statistics").GetProperty("totalStudies").GetInt32() > 0);
            var error = Assert.Single(response.Errors);
            Assert.Equal("UPSTREAM_UNAUTHORIZED", GraphQLResponse.CodeOf(error));
            Assert.Equal("POSOS", error.GetProperty("extensions").GetProperty("upstream").GetString());
            Assert.Contains("401", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(WrongTokenFixture.WrongToken, response.Body, StringComparison.Ordinal);
            Assert.Contains(posos.Logs.Lines, line => line.Contains("401", StringComparison.Ordinal));
            Assert.DoesNotContain(posos.Logs.Lines, line => line.Contains(WrongTokenFixture.WrongToken, StringComparison.Ordinal));
        }
    }

    /// <summary>A service-account key.</summary>
    public sealed class ServiceAccount(ServiceAccountFixture posos) : IClassFixture<ServiceAccountFixture>
    {
        [Fact]
        public async Task One_exchange_serves_100_concurrent_queries_and_one_more_after_the_refresh_time()
        {
            await posos.ResetAsync();
            using (await posos.Sandbox.Client.DeleteAsync(new Uri("_sandbox/google/exchanges", UriKind.Relative)))
            {
            }

            var first = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => posos.QueryAsync(Query)));

            Assert.All(first, response => response.AssertNoErrors());
            Assert.All(first, response => Assert.Equal("Grossesse", response.Data.GetProperty("contraindications")[0].GetProperty("designation").GetString()));
            Assert.Equal(1, await posos.TokenExchangesAsync());
            Assert.Equal(100, await posos.PososRequestsAsync());

            // The ID token lives 120 s and is replaced 30 s before it expires: 91 s later, the next queries need a new one.
            posos.Clock.Advance(TimeSpan.FromSeconds(91));
            var second = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => posos.QueryAsync(Query)));

            Assert.All(second, response => response.AssertNoErrors());
            Assert.Equal(2, await posos.TokenExchangesAsync());
            Assert.DoesNotContain(posos.Logs.Lines, line => line.Contains("eyJ", StringComparison.Ordinal));
            Assert.DoesNotContain(posos.Logs.Lines, line => line.Contains("PRIVATE KEY", StringComparison.Ordinal));
            Assert.DoesNotContain(posos.Logs.Lines, line => line.Contains(posos.PrivateKeyPem.Split('\n')[1], StringComparison.Ordinal));
        }
    }

    /// <summary>A key the token endpoint refuses.</summary>
    public sealed class RefusedKey(RefusedKeyFixture posos) : IClassFixture<RefusedKeyFixture>
    {
        [Fact]
        public async Task A_refused_key_is_unauthorized_and_posos_is_not_called()
        {
            await posos.ResetAsync();

            var response = await posos.QueryAsync(Query);

            Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("contraindications").ValueKind);
            var error = Assert.Single(response.Errors);
            Assert.Equal("UPSTREAM_UNAUTHORIZED", GraphQLResponse.CodeOf(error));
            Assert.Contains("service-account key", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Empty(await posos.OperationsAsync());
            Assert.DoesNotContain("eyJ", response.Body, StringComparison.Ordinal);
        }
    }

    /// <summary>No credentials at all.</summary>
    public sealed class NotConfigured(UnconfiguredPososFixture posos) : IClassFixture<UnconfiguredPososFixture>
    {
        [Fact]
        public async Task The_posos_fields_name_the_settings_and_the_rest_of_the_schema_works()
        {
            await posos.ResetAsync();

            var response = await posos.QueryAsync("""
                {
                  statistics { totalStudies }
                  contraindications(drugs: [{ clinicalDrug: { code: "MV00003202" } }]) { designation }
                  drugSuggestions(search: "sitagliptine") { code }
                }
                """);

            Assert.True(response.Data.GetProperty("statistics").GetProperty("totalStudies").GetInt32() > 0);
            Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("contraindications").ValueKind);
            Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("drugSuggestions").ValueKind);
            Assert.Equal(2, response.Errors.Count);
            foreach (var error in response.Errors)
            {
                Assert.Equal("UPSTREAM_NOT_CONFIGURED", GraphQLResponse.CodeOf(error));
                Assert.Equal("POSOS", error.GetProperty("extensions").GetProperty("upstream").GetString());
                Assert.Contains("Posos__Token", error.GetProperty("message").GetString(), StringComparison.Ordinal);
                Assert.Contains("Posos__ServiceAccountKeyFile", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            }

            Assert.Equal(0, await posos.PososRequestsAsync());
            Assert.Contains(posos.Logs.Lines, line => line.Contains("no credentials are configured", StringComparison.Ordinal));
        }
    }
}
