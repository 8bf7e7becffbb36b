using Gateway.Posos.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Posos.Tests;

/// <summary>Registration, binding, start-up validation and the not-configured behaviour.</summary>
public sealed class ConfigurationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public void Defaults_are_the_published_ones()
    {
        var options = new PososOptions();

        Assert.Equal("https://api.production.posos.co/", options.BaseUrl.AbsoluteUri);
        Assert.Equal("aort/v1/graphql", options.GraphQLPath);
        Assert.Equal("autocomplete-api/autocomplete", options.AutocompletePath);
        Assert.Equal("20286154155-852pf0ti456nd81ongbiecmjqgag84q3.apps.googleusercontent.com", options.Audience);
        Assert.Null(options.TokenEndpoint);
        Assert.Equal("https://oauth2.googleapis.com/token", PososOptions.GoogleTokenEndpoint);
        Assert.Equal(TimeSpan.FromMinutes(5), options.TokenRefreshSkew);
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), 2), (options.TotalTimeout, options.AttemptTimeout, options.MaxRetryAttempts));
    }

    [Fact]
    public async Task Without_credentials_registration_and_start_up_succeed_and_calls_fail_naming_the_settings()
    {
        using var test = TestPosos.Answering(_ => TestPosos.Contraindications(), new Dictionary<string, string?> { ["Posos:Token"] = null });
        var services = new ServiceCollection();
        services.AddPososClient(new ConfigurationBuilder().Build());
        using (var bare = services.BuildServiceProvider())
        {
            bare.GetRequiredService<IStartupValidator>().Validate();
            Assert.NotNull(bare.GetRequiredService<IPososClient>());
        }

        var execute = await Assert.ThrowsAsync<PososNotConfiguredException>(() => test.Client.ExecuteAsync(TestPosos.Operation(), None));
        var autocomplete = await Assert.ThrowsAsync<PososNotConfiguredException>(() => test.Client.AutocompleteAsync("doli", PososEntityType.Drug, 10, None));

        Assert.False(test.Credentials.IsConfigured);
        Assert.Contains("Posos__Token", execute.Message, StringComparison.Ordinal);
        Assert.Contains("Posos__ServiceAccountKeyFile", execute.Message, StringComparison.Ordinal);
        Assert.Contains("Posos__ServiceAccountKeyJson", execute.Message, StringComparison.Ordinal);
        Assert.Equal(execute.Message, autocomplete.Message);
        Assert.Equal(0, test.Posos.CallCount);
        Assert.Equal(0, test.TokenEndpoint.CallCount);
    }

    [Fact]
    public async Task Environment_variables_set_the_base_url_and_the_token()
    {
        var prefix = "PososTest" + Guid.NewGuid().ToString("N")[..8] + "_";
        Environment.SetEnvironmentVariable(prefix + "Posos__BaseUrl", "http://sandbox.test:5080/");
        Environment.SetEnvironmentVariable(prefix + "Posos__Token", "sandbox-token");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();
            using var test = new TestPosos((_, _, _) => Task.FromResult(TestPosos.Contraindications()), configuration: configuration);

            await test.Client.ExecuteAsync(TestPosos.Operation(), None);

            var request = Assert.Single(test.Posos.Requests);
            Assert.Equal("http://sandbox.test:5080/aort/v1/graphql", request.Uri.AbsoluteUri);
            Assert.Equal("sandbox-token", request.Authorization!.Parameter);
            Assert.True(test.Credentials.IsConfigured);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Posos__BaseUrl", null);
            Environment.SetEnvironmentVariable(prefix + "Posos__Token", null);
        }
    }

    [Fact]
    public void Invalid_settings_fail_at_start_up_with_every_reason()
    {
        var services = new ServiceCollection();
        services.AddPososClient(options =>
        {
            options.GraphQLPath = "https://elsewhere.test/graphql";
            options.AttemptTimeout = TimeSpan.FromMinutes(2);
            options.MaxRetryAttempts = 11;
            options.CircuitBreaker.FailureRatio = 0;
            options.UserAgent = " ";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains("GraphQLPath", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("AttemptTimeout", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("MaxRetryAttempts", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("CircuitBreaker", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("UserAgent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("token+json", "not both")]
    [InlineData("file+json", "not both")]
    [InlineData("bearer-prefix", "bare token")]
    [InlineData("missing-file", "ServiceAccountKeyFile could not be read")]
    [InlineData("not-json", "is not valid JSON")]
    [InlineData("not-a-service-account", "not a service-account key")]
    [InlineData("no-private-key", "lacks client_email or private_key")]
    [InlineData("ec-key", "not an RSA private key")]
    [InlineData("bad-token-uri", "token_uri")]
    [InlineData("bad-endpoint", "TokenEndpoint")]
    public void Contradictory_or_unreadable_credentials_fail_at_start_up_without_quoting_them(string case_, string reason)
    {
        using var account = new TestServiceAccount();
        const string secret = "SECRET-7d1c";
        var options = new Dictionary<string, string?>();
        switch (case_)
        {
            case "token+json":
                options["Posos:Token"] = secret;
                options["Posos:ServiceAccountKeyJson"] = account.KeyJson();
                break;
            case "file+json":
                options["Posos:ServiceAccountKeyFile"] = "/nonexistent/" + secret + ".json";
                options["Posos:ServiceAccountKeyJson"] = account.KeyJson();
                break;
            case "bearer-prefix":
                options["Posos:Token"] = "Bearer " + secret;
                break;
            case "missing-file":
                options["Posos:ServiceAccountKeyFile"] = Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N") + ".json");
                break;
            case "not-json":
                options["Posos:ServiceAccountKeyJson"] = "{\"private_key\": " + secret;
                break;
            case "not-a-service-account":
                options["Posos:ServiceAccountKeyJson"] = """{"type":"authorized_user","client_secret":"SECRET-7d1c"}""";
                break;
            case "no-private-key":
                options["Posos:ServiceAccountKeyJson"] = """{"type":"service_account","client_email":"a@b.c","private_key_id":"SECRET-7d1c"}""";
                break;
            case "ec-key":
                using (var ec = System.Security.Cryptography.ECDsa.Create())
                {
                    options["Posos:ServiceAccountKeyJson"] = System.Text.Json.JsonSerializer.Serialize(
                        new Dictionary<string, string> { ["type"] = "service_account", ["client_email"] = "a@b.c", ["private_key"] = ec.ExportPkcs8PrivateKeyPem() });
                }

                break;
            case "bad-token-uri":
                options["Posos:ServiceAccountKeyJson"] = account.KeyJson(tokenUri: "ftp://" + secret);
                break;
            case "bad-endpoint":
                options["Posos:ServiceAccountKeyJson"] = account.KeyJson();
                options["Posos:TokenEndpoint"] = "ftp://tokens.test/";
                break;
        }

        var services = new ServiceCollection();
        services.AddPososClient(new ConfigurationBuilder().AddInMemoryCollection(options).Build());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(account.PrivateKeyPem.Split('\n')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_key_file_is_accepted()
    {
        using var account = new TestServiceAccount();
        var path = account.WriteKeyFile();
        try
        {
            var services = new ServiceCollection();
            services.AddPososClient(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Posos:ServiceAccountKeyFile"] = path }).Build());
            using var provider = services.BuildServiceProvider();

            provider.GetRequiredService<IStartupValidator>().Validate();

            Assert.True(provider.GetRequiredService<Credentials.IPososCredentials>().IsConfigured);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
