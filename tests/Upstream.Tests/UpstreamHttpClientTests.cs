namespace Gateway.Upstream.Tests;

public sealed class UpstreamHttpClientTests
{
    [Fact]
    public void The_client_gets_a_base_address_with_a_slash_no_timeout_and_its_headers()
    {
        using var http = new HttpClient();

        UpstreamHttpClient.Configure(http, new Uri("http://sandbox.local:5080/eclaire"), "Gateway.Test/1.0", "application/fhir+json", "application/json;q=0.9");

        Assert.Equal("http://sandbox.local:5080/eclaire/", http.BaseAddress!.AbsoluteUri);
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
        Assert.Equal("application/fhir+json, application/json; q=0.9", http.DefaultRequestHeaders.Accept.ToString());
        Assert.Equal("Gateway.Test/1.0", http.DefaultRequestHeaders.UserAgent.ToString());
    }

    [Fact]
    public void The_primary_handler_decompresses_renews_connections_and_may_refuse_redirects()
    {
        using var following = UpstreamHttpClient.CreatePrimaryHandler();
        using var refusing = UpstreamHttpClient.CreatePrimaryHandler(allowAutoRedirect: false);

        Assert.True(following.AllowAutoRedirect);
        Assert.False(refusing.AllowAutoRedirect);
        Assert.Equal(System.Net.DecompressionMethods.All, refusing.AutomaticDecompression);
        Assert.Equal(TimeSpan.FromMinutes(5), refusing.PooledConnectionLifetime);
    }
}
