using System.Security.Authentication;
using Gateway.Caching.Redis;

namespace Gateway.Caching.Tests.Redis;

/// <summary>The StackExchange.Redis configuration string.</summary>
public sealed class RedisConnectionOptionsTests
{
    [Fact]
    public void A_bare_host_gets_the_default_port_and_defaults()
    {
        var options = RedisConnectionOptions.Parse("localhost");

        Assert.Equal([new RedisEndpoint("localhost", 6379)], options.Endpoints);
        Assert.Null(options.Password);
        Assert.Null(options.User);
        Assert.False(options.Ssl);
        Assert.Equal(0, options.DefaultDatabase);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.CommandTimeout);
        Assert.True(options.AbortOnConnectFail);
        Assert.Equal(3, options.ConnectRetry);
    }

    [Fact]
    public void Every_supported_option()
    {
        var options = RedisConnectionOptions.Parse(
            " redis-1:7000 , redis-2:7001,password=p@ss=word,user=gateway,ssl=True,sslHost=cache.internal,sslProtocols=Tls12|Tls13,"
            + "checkCertificateRevocation=false,defaultDatabase=4,connectTimeout=1500,syncTimeout=250,asyncTimeout=400,"
            + "abortConnect=false,name=gw-1,connectRetry=5");

        Assert.Equal([new RedisEndpoint("redis-1", 7000), new RedisEndpoint("redis-2", 7001)], options.Endpoints);
        Assert.Equal("p@ss=word", options.Password);
        Assert.Equal("gateway", options.User);
        Assert.True(options.Ssl);
        Assert.Equal("cache.internal", options.SslHost);
        Assert.Equal(SslProtocols.Tls12 | SslProtocols.Tls13, options.SslProtocols);
        Assert.False(options.CheckCertificateRevocation);
        Assert.Equal(4, options.DefaultDatabase);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.SyncTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(400), options.CommandTimeout);
        Assert.False(options.AbortOnConnectFail);
        Assert.Equal("gw-1", options.ClientName);
        Assert.Equal(5, options.ConnectRetry);
    }

    [Fact]
    public void Sync_timeout_is_the_command_timeout_without_async_timeout()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(250), RedisConnectionOptions.Parse("h,syncTimeout=250").CommandTimeout);
    }

    [Fact]
    public void Keys_are_case_insensitive()
    {
        var options = RedisConnectionOptions.Parse("h,PASSWORD=x,DefaultDatabase=2,ABORTCONNECT=FALSE");

        Assert.Equal("x", options.Password);
        Assert.Equal(2, options.DefaultDatabase);
        Assert.False(options.AbortOnConnectFail);
    }

    [Theory]
    [InlineData("[::1]:6390", "::1", 6390)]
    [InlineData("[::1]", "::1", 6379)]
    [InlineData("::1", "::1", 6379)]
    [InlineData("127.0.0.1:1", "127.0.0.1", 1)]
    [InlineData("my-host.example:65535", "my-host.example", 65535)]
    public void Endpoints(string text, string host, int port)
    {
        Assert.Equal(new RedisEndpoint(host, port), RedisConnectionOptions.Parse(text).Endpoints.Single());
    }

    [Fact]
    public void Ssl_changes_the_default_port_wherever_it_appears()
    {
        Assert.Equal(6380, RedisConnectionOptions.Parse("h,ssl=true").Endpoints[0].Port);
        Assert.Equal(6380, RedisConnectionOptions.Parse("ssl=true,h").Endpoints[0].Port);
        Assert.Equal(7000, RedisConnectionOptions.Parse("h:7000,ssl=true").Endpoints[0].Port);
    }

    [Fact]
    public void Stack_exchange_options_without_meaning_here_are_accepted()
    {
        var options = RedisConnectionOptions.Parse("h,allowAdmin=true,keepAlive=60,resolveDns=true,channelPrefix=x,$INFO=,tiebreaker=,version=7.0");

        Assert.Single(options.Endpoints);
    }

    [Theory]
    [InlineData("", "no endpoint")]
    [InlineData("password=x", "no endpoint")]
    [InlineData("h,bogus=1", "unknown option 'bogus'")]
    [InlineData("h:0", "invalid port")]
    [InlineData("h:70000", "invalid port")]
    [InlineData("h:abc", "invalid port")]
    [InlineData(":6379", "no host")]
    [InlineData("h,ssl=yes", "'ssl' needs true or false")]
    [InlineData("h,syncTimeout=-5", "'syncTimeout' needs a whole number")]
    [InlineData("h,connectTimeout=0", "'connectTimeout' needs a whole number")]
    [InlineData("h,defaultDatabase=x", "'defaultDatabase'")]
    [InlineData("h,sslProtocols=Tls99", "'sslProtocols'")]
    [InlineData("h,protocol=resp3", "only resp2")]
    public void Invalid_strings_say_what_is_wrong(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => RedisConnectionOptions.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_next_to_a_password_never_shows_the_password()
    {
        var error = Assert.Throws<ArgumentException>(() => RedisConnectionOptions.Parse("h,password=TopSecret1,syncTimeout=TopSecret2"));

        Assert.DoesNotContain("TopSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void To_string_hides_the_password_and_round_trips_the_rest()
    {
        var text = "a:1,b:2,user=u,password=hunter2,ssl=true,sslHost=s,defaultDatabase=3,connectTimeout=100,syncTimeout=200,asyncTimeout=300,abortConnect=false,name=n";
        var options = RedisConnectionOptions.Parse(text);

        var shown = options.ToString();

        Assert.DoesNotContain("hunter2", shown, StringComparison.Ordinal);
        Assert.Contains("password=*****", shown, StringComparison.Ordinal);
        var reparsed = RedisConnectionOptions.Parse(shown);
        Assert.Equal(options.Endpoints, reparsed.Endpoints);
        Assert.Equal(options.User, reparsed.User);
        Assert.Equal(options.SslHost, reparsed.SslHost);
        Assert.Equal(options.DefaultDatabase, reparsed.DefaultDatabase);
        Assert.Equal(options.CommandTimeout, reparsed.CommandTimeout);
        Assert.Equal(options.ConnectTimeout, reparsed.ConnectTimeout);
        Assert.Equal(options.AbortOnConnectFail, reparsed.AbortOnConnectFail);
        Assert.Equal(options.ClientName, reparsed.ClientName);
    }

    [Fact]
    public void Endpoints_print_ipv6_in_brackets()
    {
        Assert.Equal("[::1]:6379", new RedisEndpoint("::1", 6379).ToString());
        Assert.Equal("h:1", new RedisEndpoint("h", 1).ToString());
    }
}
