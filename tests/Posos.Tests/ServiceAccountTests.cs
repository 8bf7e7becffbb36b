using System.Net;
using Gateway.Posos.Tests.Support;

namespace Gateway.Posos.Tests;

/// <summary>The service-account mode: the signed assertion, the exchange, the cache, single-flight refresh and failures.</summary>
public sealed class ServiceAccountTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_assertion_is_an_rs256_jwt_signed_by_the_key_with_the_expected_claims()
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos((_, _, _) => Task.FromResult(TestPosos.Contraindications()), account: account);
        var now = test.Clock.GetUtcNow().ToUnixTimeSeconds();

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        var exchange = Assert.Single(test.TokenEndpoint.Requests);
        Assert.Equal(HttpMethod.Post, exchange.Method);
        Assert.Equal("https://oauth2.googleapis.com/token", exchange.Uri.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", exchange.ContentType);
        Assert.Null(exchange.Authorization);
        var form = TestPosos.Form(exchange);
        Assert.Equal(["grant_type", "assertion"], form.Keys);
        Assert.Equal("urn:ietf:params:oauth:grant-type:jwt-bearer", form["grant_type"]);

        var assertion = form["assertion"]!;
        Assert.True(account.IsSignedByAccount(assertion), "the signature verifies with the account's public key");
        var header = TestServiceAccount.Part(assertion, 0);
        Assert.Equal(("RS256", "JWT", TestServiceAccount.KeyId), (header.GetProperty("alg").GetString(), header.GetProperty("typ").GetString(), header.GetProperty("kid").GetString()));
        var claims = TestServiceAccount.Part(assertion, 1);
        Assert.Equal(TestServiceAccount.Email, claims.GetProperty("iss").GetString());
        Assert.Equal(TestServiceAccount.Email, claims.GetProperty("sub").GetString());
        Assert.Equal("https://oauth2.googleapis.com/token", claims.GetProperty("aud").GetString());
        Assert.Equal(PososOptions.PublishedAudience, claims.GetProperty("target_audience").GetString());
        Assert.Equal(now, claims.GetProperty("iat").GetInt64());
        Assert.Equal(now + 3600, claims.GetProperty("exp").GetInt64());
        Assert.Equal(["iss", "sub", "aud", "target_audience", "iat", "exp"], claims.EnumerateObject().Select(p => p.Name));

        var call = Assert.Single(test.Posos.Requests);
        Assert.Equal("Bearer", call.Authorization!.Scheme);
        Assert.Equal(Assert.Single(test.IssuedTokens), call.Authorization.Parameter);
        Assert.True(test.Credentials.IsConfigured);
    }

    [Fact]
    public async Task A_tampered_assertion_does_not_verify()
    {
        using var account = new TestServiceAccount();
        using var other = new TestServiceAccount();
        using var test = new TestPosos((_, _, _) => Task.FromResult(TestPosos.Contraindications()), account: account);

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        var assertion = TestPosos.Form(test.TokenEndpoint.Requests[0])["assertion"]!;
        var parts = assertion.Split('.');
        var forged = parts[0] + "." + System.Buffers.Text.Base64Url.EncodeToString("""{"iss":"someone@else"}"""u8) + "." + parts[2];
        Assert.False(account.IsSignedByAccount(forged));
        Assert.False(other.IsSignedByAccount(assertion));
    }

    [Fact]
    public async Task The_token_endpoint_setting_moves_the_exchange_but_not_the_assertion_audience()
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            new Dictionary<string, string?> { ["Posos:TokenEndpoint"] = "http://localhost:5080/token", ["Posos:Audience"] = "sandbox-audience" },
            account: account);

        await test.Client.AutocompleteAsync("doli", PososEntityType.Drug, 10, None);

        var exchange = Assert.Single(test.TokenEndpoint.Requests);
        Assert.Equal("http://localhost:5080/token", exchange.Uri.AbsoluteUri);
        var claims = TestServiceAccount.Part(TestPosos.Form(exchange)["assertion"]!, 1);
        Assert.Equal("https://oauth2.googleapis.com/token", claims.GetProperty("aud").GetString());
        Assert.Equal("sandbox-audience", claims.GetProperty("target_audience").GetString());
    }

    [Theory]
    [InlineData(null, "https://oauth2.googleapis.com/token")]
    [InlineData("https://oauth2.example.test/token", "https://oauth2.example.test/token")]
    public async Task The_key_files_token_uri_is_the_default_endpoint_and_the_audience(string? tokenUri, string expected)
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            new Dictionary<string, string?> { ["Posos:ServiceAccountKeyJson"] = account.KeyJson(tokenUri) },
            account: account);

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        var exchange = Assert.Single(test.TokenEndpoint.Requests);
        Assert.Equal(expected, exchange.Uri.AbsoluteUri);
        Assert.Equal(expected, TestServiceAccount.Part(TestPosos.Form(exchange)["assertion"]!, 1).GetProperty("aud").GetString());
    }

    [Fact]
    public async Task A_key_file_works_as_well_as_its_json()
    {
        using var account = new TestServiceAccount();
        var path = account.WriteKeyFile();
        try
        {
            using var test = new TestPosos(
                (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
                new Dictionary<string, string?> { ["Posos:ServiceAccountKeyJson"] = null, ["Posos:ServiceAccountKeyFile"] = path },
                account: account);

            await test.Client.ExecuteAsync(TestPosos.Operation(), None);

            Assert.True(account.IsSignedByAccount(TestPosos.Form(test.TokenEndpoint.Requests[0])["assertion"]!));
            Assert.Equal(test.IssuedTokens[0], test.Posos.Requests[0].Authorization!.Parameter);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_id_token_is_cached_until_the_skew_before_its_expiry()
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos((_, _, _) => Task.FromResult(TestPosos.Contraindications()), account: account);

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await test.Client.AutocompleteAsync("doli", PososEntityType.Drug, 10, None);
        test.Clock.Advance(TimeSpan.FromMinutes(55) - TimeSpan.FromSeconds(1));
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        Assert.Equal(1, test.TokenEndpoint.CallCount);

        test.Clock.Advance(TimeSpan.FromSeconds(1));
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        Assert.Equal(2, test.TokenEndpoint.CallCount);
        var bearers = test.Posos.Requests.Select(r => r.Authorization!.Parameter).ToList();
        Assert.Equal([test.IssuedTokens[0], test.IssuedTokens[0], test.IssuedTokens[0], test.IssuedTokens[1], test.IssuedTokens[1]], bearers);
    }

    [Fact]
    public async Task The_skew_is_configurable()
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            new Dictionary<string, string?> { ["Posos:TokenRefreshSkew"] = "00:10:00" },
            account: account);

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        test.Clock.Advance(TimeSpan.FromMinutes(50));
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        Assert.Equal(2, test.TokenEndpoint.CallCount);
    }

    [Fact]
    public async Task Without_expires_in_the_id_tokens_exp_claim_is_used()
    {
        using var account = new TestServiceAccount();
        TestPosos? self = null;
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            tokenEndpoint: (_, n, _) => Task.FromResult(self!.IssueToken(n, withExpiresIn: false, lifetime: TimeSpan.FromMinutes(30))),
            account: account);
        self = test;

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        test.Clock.Advance(TimeSpan.FromMinutes(25) - TimeSpan.FromSeconds(1));
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        Assert.Equal(1, test.TokenEndpoint.CallCount);

        test.Clock.Advance(TimeSpan.FromSeconds(1));
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        Assert.Equal(2, test.TokenEndpoint.CallCount);
    }

    [Fact]
    public async Task A_short_lived_token_is_replaced_half_way_through_its_life()
    {
        using var account = new TestServiceAccount();
        TestPosos? self = null;
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            tokenEndpoint: (_, n, _) => Task.FromResult(self!.IssueToken(n, lifetime: TimeSpan.FromMinutes(4))),
            account: account);
        self = test;

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        test.Clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        Assert.Equal(1, test.TokenEndpoint.CallCount);

        test.Clock.Advance(TimeSpan.FromSeconds(1));
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        Assert.Equal(2, test.TokenEndpoint.CallCount);
    }

    [Fact]
    public async Task One_hundred_concurrent_calls_with_an_expired_token_make_exactly_one_exchange()
    {
        using var account = new TestServiceAccount();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TestPosos? self = null;
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            tokenEndpoint: async (_, n, _) =>
            {
                if (n > 1)
                {
                    await release.Task;
                }

                return self!.IssueToken(n);
            },
            account: account);
        self = test;
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        test.Clock.Advance(TimeSpan.FromHours(2));

        var calls = Enumerable.Range(0, 100)
            .Select(i => i % 2 == 0
                ? (Task)test.Client.ExecuteAsync(TestPosos.Operation(), None)
                : test.Client.AutocompleteAsync("doli", PososEntityType.Drug, 10, None))
            .ToList();
        await Eventually.TrueAsync(() => test.TokenEndpoint.CallCount == 2, "the refresh started");
        await Task.Delay(50);
        Assert.Equal(1, test.Posos.CallCount);
        release.SetResult();
        await Task.WhenAll(calls).WaitAsync(Eventually.HangGuard);

        Assert.Equal(2, test.TokenEndpoint.CallCount);
        Assert.Equal(101, test.Posos.CallCount);
        Assert.All(test.Posos.Requests.Skip(1), r => Assert.Equal(test.IssuedTokens[1], r.Authorization!.Parameter));
    }

    [Fact]
    public async Task A_caller_giving_up_does_not_cancel_the_shared_exchange()
    {
        using var account = new TestServiceAccount();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TestPosos? self = null;
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            tokenEndpoint: async (_, n, _) =>
            {
                await release.Task;
                return self!.IssueToken(n);
            },
            account: account);
        self = test;
        using var impatient = new CancellationTokenSource();

        var first = test.Client.ExecuteAsync(TestPosos.Operation(), impatient.Token);
        var second = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await Eventually.TrueAsync(() => test.TokenEndpoint.CallCount == 1, "the exchange started");
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(Eventually.HangGuard));
        release.SetResult();

        Assert.NotNull((await second.WaitAsync(Eventually.HangGuard)).Data);
        Assert.Equal(1, test.TokenEndpoint.CallCount);
        Assert.Equal(1, test.Posos.CallCount);
    }

    [Fact]
    public async Task A_refused_assertion_is_unauthorized_and_not_retried()
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            tokenEndpoint: (_, _, _) => Task.FromResult(StubHandler.Json("""{"error":"invalid_grant","error_description":"Invalid JWT Signature."}""", HttpStatusCode.BadRequest)),
            account: account);

        var error = await Assert.ThrowsAsync<PososUnauthorizedException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));

        Assert.True(error.FromTokenEndpoint);
        Assert.Equal("invalid_grant", error.OAuthError);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("Invalid JWT Signature.", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, test.TokenEndpoint.CallCount);
        Assert.Equal(0, test.Posos.CallCount);
    }

    [Fact]
    public async Task A_failing_token_endpoint_is_retried_then_unavailable()
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            tokenEndpoint: (_, _, _) => Task.FromResult(StubHandler.Status(HttpStatusCode.ServiceUnavailable)),
            account: account);

        var call = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        var error = await Assert.ThrowsAsync<PososUnavailableException>(() => test.Clock.RunThroughBackOffAsync(call, TimeSpan.FromSeconds(5)));

        Assert.True(error.FromTokenEndpoint);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, test.TokenEndpoint.CallCount);
        Assert.Equal(0, test.Posos.CallCount);
    }

    [Fact]
    public async Task A_token_endpoint_that_hangs_times_out()
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            new Dictionary<string, string?> { ["Posos:MaxRetryAttempts"] = "0", ["Posos:AttemptTimeout"] = "00:00:05" },
            tokenEndpoint: async (_, _, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            },
            account: account);

        var call = test.Client.ExecuteAsync(TestPosos.Operation(), None);
        await Eventually.TrueAsync(() => test.TokenEndpoint.CallCount == 1, "the exchange started");
        await test.Clock.WaitForTimerAsync(test.Clock.GetUtcNow() + TimeSpan.FromSeconds(5));
        test.Clock.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<PososTimeoutException>(() => call.WaitAsync(Eventually.HangGuard));
        Assert.True(error.FromTokenEndpoint);
    }

    [Theory]
    [InlineData("""{"access_token":"ya29.a0","expires_in":3599,"token_type":"Bearer"}""")]
    [InlineData("""{"id_token":"not-a-jwt"}""")]
    [InlineData("<html>oops</html>")]
    public async Task An_unusable_token_answer_is_unavailable(string body)
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            tokenEndpoint: (_, _, _) => Task.FromResult(StubHandler.Json(body)),
            account: account);

        var error = await Assert.ThrowsAsync<PososUnavailableException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));

        Assert.True(error.FromTokenEndpoint);
        Assert.Equal(0, test.Posos.CallCount);
    }

    [Fact]
    public async Task A_failed_refresh_falls_back_on_the_still_valid_token_until_it_nearly_expires()
    {
        using var account = new TestServiceAccount();
        TestPosos? self = null;
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(TestPosos.Contraindications()),
            new Dictionary<string, string?> { ["Posos:MaxRetryAttempts"] = "0" },
            tokenEndpoint: (_, n, _) => Task.FromResult(n == 1 ? self!.IssueToken(n) : StubHandler.Status(HttpStatusCode.BadGateway)),
            account: account);
        self = test;

        await test.Client.ExecuteAsync(TestPosos.Operation(), None);
        test.Clock.Advance(TimeSpan.FromMinutes(56));
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        Assert.Equal(2, test.TokenEndpoint.CallCount);
        Assert.Equal(test.IssuedTokens[0], test.Posos.Requests[1].Authorization!.Parameter);

        test.Clock.Advance(TimeSpan.FromMinutes(4) - TimeSpan.FromSeconds(20));
        var error = await Assert.ThrowsAsync<PososUnavailableException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));
        Assert.True(error.FromTokenEndpoint);
        Assert.Equal(2, test.Posos.CallCount);
    }

    [Fact]
    public async Task A_token_refused_by_posos_is_dropped_so_the_next_call_gets_a_new_one()
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos(
            (_, call, _) => Task.FromResult(call == 1 ? StubHandler.Text("Invalid IAP credentials: JWT signature is invalid", HttpStatusCode.Unauthorized) : TestPosos.Contraindications()),
            account: account);

        await Assert.ThrowsAsync<PososUnauthorizedException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));
        await test.Client.ExecuteAsync(TestPosos.Operation(), None);

        Assert.Equal(2, test.TokenEndpoint.CallCount);
        Assert.Equal(test.IssuedTokens[1], test.Posos.Requests[1].Authorization!.Parameter);
    }

    [Fact]
    public async Task The_token_endpoint_has_its_own_circuit()
    {
        using var account = new TestServiceAccount();
        using var test = new TestPosos(
            (_, _, _) => Task.FromResult(StubHandler.Status(HttpStatusCode.InternalServerError)),
            new Dictionary<string, string?> { ["Posos:MaxRetryAttempts"] = "0", ["Posos:CircuitBreaker:MinimumThroughput"] = "2" },
            account: account);

        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<PososUnavailableException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));
        }

        var refused = await Assert.ThrowsAsync<PososUnavailableException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));
        Assert.True(refused.CircuitOpen);
        Assert.False(refused.FromTokenEndpoint);
        Assert.Equal(1, test.TokenEndpoint.CallCount);
        Assert.Equal(2, test.Posos.CallCount);
    }
}
