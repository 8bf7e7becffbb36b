using Gateway.Caching.Redis;
using Gateway.Caching.Tests.Support;

namespace Gateway.Caching.Tests.Redis;

/// <summary>TLS against redis-server's own TLS support (Debian's build has it), with a CA made by the test.</summary>
public sealed class RedisTlsTests(TestCertificates certificates) : IClassFixture<TestCertificates>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    // A TLS handshake on a loaded machine can outlast the default 5 s connect timeout, and a timeout would hide the
    // refusal these tests check (it is a RedisConnectionException too, without "TLS").
    private const string SlowMachine = "connectTimeout=30000";

    [Fact]
    public async Task Commands_work_over_tls_when_the_server_chains_to_the_trusted_issuer()
    {
        await using var server = await RedisServer.StartAsync(null, tls: true, certificates.ServerArguments(requireClientCertificates: false));
        var options = RedisConnectionOptions.Parse($"127.0.0.1:{server.Port},ssl=true,sslHost=localhost,password=," + SlowMachine);
        options.TrustIssuer(certificates.Authority);

        await using var client = await RedisClient.ConnectAsync(options).WaitAsync(Bound);

        await client.SetAsync("k", "over tls");
        Assert.Equal("over tls", await client.GetStringAsync("k"));
    }

    [Fact]
    public async Task An_untrusted_certificate_is_refused()
    {
        await using var server = await RedisServer.StartAsync(null, tls: true, certificates.ServerArguments(requireClientCertificates: false));

        var error = await Assert.ThrowsAsync<RedisConnectionException>(
            () => RedisClient.ConnectAsync($"127.0.0.1:{server.Port},ssl=true,sslHost=localhost,connectRetry=1," + SlowMachine).WaitAsync(Bound));

        Assert.Contains("TLS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_for_another_name_is_refused_even_from_the_trusted_issuer()
    {
        await using var server = await RedisServer.StartAsync(null, tls: true, certificates.ServerArguments(requireClientCertificates: false));
        var options = RedisConnectionOptions.Parse($"127.0.0.1:{server.Port},ssl=true,sslHost=cache.example.org,connectRetry=1," + SlowMachine);
        options.TrustIssuer(certificates.Authority);

        await Assert.ThrowsAsync<RedisConnectionException>(() => RedisClient.ConnectAsync(options).WaitAsync(Bound));
    }

    [Fact]
    public async Task A_client_certificate_is_presented_when_the_server_requires_one()
    {
        await using var server = await RedisServer.StartAsync(null, tls: true, certificates.ServerArguments(requireClientCertificates: true));
        var withCertificate = RedisConnectionOptions.Parse($"127.0.0.1:{server.Port},ssl=true,sslHost=localhost,connectRetry=1," + SlowMachine);
        withCertificate.TrustIssuer(certificates.Authority);
        withCertificate.ClientCertificate = certificates.ClientWithKey;
        var without = RedisConnectionOptions.Parse($"127.0.0.1:{server.Port},ssl=true,sslHost=localhost,connectRetry=1," + SlowMachine);
        without.TrustIssuer(certificates.Authority);

        await using var client = await RedisClient.ConnectAsync(withCertificate).WaitAsync(Bound);
        await client.PingAsync();

        await Assert.ThrowsAsync<RedisConnectionException>(() => RedisClient.ConnectAsync(without).WaitAsync(Bound));
    }
}
