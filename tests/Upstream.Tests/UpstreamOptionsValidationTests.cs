namespace Gateway.Upstream.Tests;

public sealed class UpstreamOptionsValidationTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        var failures = new List<string>();

        UpstreamOptionsValidation.ValidateResilience("Client", new UpstreamResilienceOptions(), new UpstreamCircuitBreakerOptions(), failures);

        Assert.Empty(failures);
    }

    [Fact]
    public void Each_failure_names_the_section()
    {
        var failures = new List<string>();
        var options = new UpstreamResilienceOptions
        {
            TotalTimeout = TimeSpan.FromSeconds(5),
            AttemptTimeout = TimeSpan.FromSeconds(6),
            MaxRetryAttempts = 11,
            RetryBaseDelay = TimeSpan.FromSeconds(2),
            RetryMaxDelay = TimeSpan.FromSeconds(1),
        };

        UpstreamOptionsValidation.ValidateResilience("Client", options, new UpstreamCircuitBreakerOptions { FailureRatio = 0 }, failures);

        Assert.Equal(
            [
                "Client:AttemptTimeout may not exceed Client:TotalTimeout.",
                "Client:MaxRetryAttempts must be between 0 and 10.",
                "Client retry delays must be non-negative, with RetryMaxDelay >= RetryBaseDelay.",
                "Client:CircuitBreaker needs FailureRatio in (0, 1], MinimumThroughput >= 2, SamplingDuration and BreakDuration >= 0.5 s.",
            ],
            failures);
    }

    [Fact]
    public void Timeouts_must_be_positive_and_the_breaker_present()
    {
        var failures = new List<string>();

        UpstreamOptionsValidation.ValidateResilience("Client", new UpstreamResilienceOptions { AttemptTimeout = TimeSpan.Zero }, null, failures);

        Assert.Equal(["Client:TotalTimeout and Client:AttemptTimeout must be positive.", "Client:CircuitBreaker is required."], failures);
    }

    [Fact]
    public void A_disabled_breaker_is_not_checked()
    {
        var failures = new List<string>();

        UpstreamOptionsValidation.ValidateResilience("Client", new UpstreamResilienceOptions(), new UpstreamCircuitBreakerOptions { Enabled = false, MinimumThroughput = 0 }, failures);

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("https://example.test/", true)]
    [InlineData("http://localhost:5080/eclaire", true)]
    [InlineData("ftp://example.test/", false)]
    [InlineData("/relative", false)]
    public void Urls_must_be_absolute_http(string url, bool valid) =>
        Assert.Equal(valid, UpstreamOptionsValidation.IsHttpUrl(new Uri(url, UriKind.RelativeOrAbsolute)));
}
