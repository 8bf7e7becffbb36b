using System.Collections.Frozen;
using System.Globalization;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Gateway.Caching.Redis;

/// <summary>
/// How to reach Redis. <see cref="Parse"/> reads the StackExchange.Redis configuration string
/// (<c>host:port,host2:port,password=...,user=...,ssl=true,sslHost=...,defaultDatabase=2,connectTimeout=5000,
/// syncTimeout=5000,asyncTimeout=...,abortConnect=false,name=...,connectRetry=3</c>); durations there are in
/// milliseconds. Keys are case-insensitive; StackExchange.Redis keys that mean nothing to this client (allowAdmin,
/// keepAlive, channelPrefix, ...) are accepted and ignored; unknown keys are an error. <see cref="ToString"/> hides
/// the password.
/// </summary>
public sealed class RedisConnectionOptions
{
    /// <summary>Redis's default port.</summary>
    public const int DefaultPort = 6379;

    /// <summary>The default port when <see cref="Ssl"/> is on and an endpoint names none.</summary>
    public const int DefaultSslPort = 6380;

    private static readonly FrozenSet<string> IgnoredKeys = new[]
    {
        "allowAdmin", "channelPrefix", "configChannel", "configCheckSeconds", "keepAlive", "resolveDns",
        "responseTimeout", "serviceName", "tiebreaker", "version", "proxy", "highPrioritySocketThreads", "setlib",
        "tunnel", "heartbeatInterval", "heartbeatConsistencyChecks", "writeBuffer", "library",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The servers, tried in order; the first that accepts the connection (and the credentials) is used.</summary>
    public IList<RedisEndpoint> Endpoints { get; } = new List<RedisEndpoint>();

    /// <summary>ACL user name (<c>user=</c>); null for the default user.</summary>
    public string? User { get; set; }

    /// <summary>Password (<c>password=</c>); null for none. Never shown in logs, messages or <see cref="ToString"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Whether to speak TLS (<c>ssl=true</c>). Default false.</summary>
    public bool Ssl { get; set; }

    /// <summary>The name the server certificate must carry (<c>sslHost=</c>); default the endpoint's host.</summary>
    public string? SslHost { get; set; }

    /// <summary>TLS versions allowed (<c>sslProtocols=Tls12|Tls13</c>); <see cref="SslProtocols.None"/> lets the system choose.</summary>
    public SslProtocols SslProtocols { get; set; } = SslProtocols.None;

    /// <summary>Whether the server certificate's revocation is checked online (<c>checkCertificateRevocation=</c>). Default true.</summary>
    public bool CheckCertificateRevocation { get; set; } = true;

    /// <summary>Replaces the system's check of the server certificate (e.g. <see cref="TrustIssuer"/>); null keeps the system's.</summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; set; }

    /// <summary>A client certificate, for servers that require one (<c>tls-auth-clients yes</c>).</summary>
    public X509Certificate? ClientCertificate { get; set; }

    /// <summary>The database selected on connect (<c>defaultDatabase=</c>). Default 0.</summary>
    public int DefaultDatabase { get; set; }

    /// <summary>Longest wait for one connection attempt, TLS and handshake included (<c>connectTimeout=</c> ms). Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Command timeout (<c>syncTimeout=</c> ms), used when <see cref="AsyncTimeout"/> is not set. Default 5 s.</summary>
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Command timeout for asynchronous calls (<c>asyncTimeout=</c> ms); null uses <see cref="SyncTimeout"/>.</summary>
    public TimeSpan? AsyncTimeout { get; set; }

    /// <summary>
    /// Whether <see cref="RedisClient.ConnectAsync(RedisConnectionOptions, Microsoft.Extensions.Logging.ILogger{RedisClient}?, TimeProvider?, CancellationToken)"/>
    /// throws when no endpoint can be reached (<c>abortConnect=</c>); when false it returns a client that keeps
    /// connecting in the background. Default true.
    /// </summary>
    public bool AbortOnConnectFail { get; set; } = true;

    /// <summary>Connection name shown by <c>CLIENT LIST</c> (<c>name=</c>); null for none.</summary>
    public string? ClientName { get; set; }

    /// <summary>Rounds over the endpoints made by the first connect before it gives up (<c>connectRetry=</c>). Default 3.</summary>
    public int ConnectRetry { get; set; } = 3;

    /// <summary>First delay between reconnection attempts after a failed one; it doubles (with jitter) up to <see cref="ReconnectMaxDelay"/>. Default 100 ms.</summary>
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest delay between reconnection attempts. Default 5 s.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The timeout of one command: <see cref="AsyncTimeout"/> if set, else <see cref="SyncTimeout"/>.</summary>
    public TimeSpan CommandTimeout => AsyncTimeout ?? SyncTimeout;

    /// <summary>Reads a StackExchange.Redis configuration string.</summary>
    /// <exception cref="ArgumentException">The string is empty, names no endpoint, or has an unknown key or a bad value (the message names the key, never the value).</exception>
    public static RedisConnectionOptions Parse(string configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new RedisConnectionOptions();
        var rawEndpoints = new List<(string Host, int? Port)>();
        foreach (var raw in configuration.Split(','))
        {
            var item = raw.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                rawEndpoints.Add(ParseEndpoint(item));
                continue;
            }

            var key = item[..equals].Trim();
            var value = item[(equals + 1)..].Trim();
            options.Apply(key, value);
        }

        if (rawEndpoints.Count == 0)
        {
            throw new ArgumentException("The Redis configuration names no endpoint (expected host:port).", nameof(configuration));
        }

        foreach (var (host, port) in rawEndpoints)
        {
            options.Endpoints.Add(new RedisEndpoint(host, port ?? (options.Ssl ? DefaultSslPort : DefaultPort)));
        }

        return options;
    }

    /// <summary>
    /// Accepts the server certificate only when it chains to <paramref name="issuer"/> (a private CA) and carries the
    /// expected name; revocation is not checked. Sets <see cref="CertificateValidation"/>.
    /// </summary>
    public void TrustIssuer(X509Certificate2 issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        CertificateValidation = (_, certificate, _, errors) => ChainsTo(certificate, errors, issuer);
    }

    /// <summary>The configuration string, with the password replaced by <c>*****</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(string.Join(',', Endpoints));
        void Add(string key, object value) => text.Append(CultureInfo.InvariantCulture, $",{key}={value}");
        if (User is not null)
        {
            Add("user", User);
        }

        if (Password is not null)
        {
            Add("password", "*****");
        }

        if (Ssl)
        {
            Add("ssl", "true");
        }

        if (SslHost is not null)
        {
            Add("sslHost", SslHost);
        }

        if (SslProtocols != SslProtocols.None)
        {
            Add("sslProtocols", SslProtocols.ToString().Replace(", ", "|", StringComparison.Ordinal));
        }

        if (!CheckCertificateRevocation)
        {
            Add("checkCertificateRevocation", "false");
        }

        if (DefaultDatabase != 0)
        {
            Add("defaultDatabase", DefaultDatabase);
        }

        Add("connectTimeout", (long)ConnectTimeout.TotalMilliseconds);
        Add("syncTimeout", (long)SyncTimeout.TotalMilliseconds);
        if (AsyncTimeout is { } asyncTimeout)
        {
            Add("asyncTimeout", (long)asyncTimeout.TotalMilliseconds);
        }

        Add("abortConnect", AbortOnConnectFail ? "true" : "false");
        if (ClientName is not null)
        {
            Add("name", ClientName);
        }

        return text.ToString();
    }

    private void Apply(string key, string value)
    {
        switch (key.ToUpperInvariant())
        {
            case "PASSWORD":
                Password = value.Length == 0 ? null : value;
                break;
            case "USER":
                User = value.Length == 0 ? null : value;
                break;
            case "SSL":
                Ssl = ParseBoolean(key, value);
                break;
            case "SSLHOST":
                SslHost = value.Length == 0 ? null : value;
                break;
            case "SSLPROTOCOLS":
                SslProtocols = ParseSslProtocols(key, value);
                break;
            case "CHECKCERTIFICATEREVOCATION":
                CheckCertificateRevocation = ParseBoolean(key, value);
                break;
            case "DEFAULTDATABASE":
                DefaultDatabase = ParseInteger(key, value, 0, int.MaxValue);
                break;
            case "CONNECTTIMEOUT":
                ConnectTimeout = ParseMilliseconds(key, value);
                break;
            case "SYNCTIMEOUT":
                SyncTimeout = ParseMilliseconds(key, value);
                break;
            case "ASYNCTIMEOUT":
                AsyncTimeout = ParseMilliseconds(key, value);
                break;
            case "ABORTCONNECT":
                AbortOnConnectFail = ParseBoolean(key, value);
                break;
            case "NAME":
                ClientName = value.Length == 0 ? null : value;
                break;
            case "CONNECTRETRY":
                ConnectRetry = ParseInteger(key, value, 1, 100);
                break;
            case "PROTOCOL":
                if (!value.Equals("resp2", StringComparison.OrdinalIgnoreCase) && value != "2")
                {
                    throw Invalid("The Redis option 'protocol' supports only resp2.");
                }

                break;
            default:
                if (!IgnoredKeys.Contains(key) && !key.StartsWith('$'))
                {
                    throw Invalid($"The Redis configuration has an unknown option '{key}'.");
                }

                break;
        }
    }

    private static ArgumentException Invalid(string message, string paramName = "configuration") => new(message, paramName);

    private static (string Host, int? Port) ParseEndpoint(string item)
    {
        string host;
        string? port = null;
        if (item.StartsWith('['))
        {
            var close = item.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || (close + 1 < item.Length && item[close + 1] != ':'))
            {
                throw Invalid($"The Redis endpoint '{item}' is not host:port.");
            }

            host = item[1..close];
            port = close + 1 < item.Length ? item[(close + 2)..] : null;
        }
        else
        {
            var colon = item.LastIndexOf(':');
            if (colon >= 0 && item.IndexOf(':', StringComparison.Ordinal) == colon)
            {
                host = item[..colon];
                port = item[(colon + 1)..];
            }
            else
            {
                // No colon, or a bare IPv6 address (several colons): no port given.
                host = item;
            }
        }

        if (host.Length == 0)
        {
            throw Invalid($"The Redis endpoint '{item}' has no host.");
        }

        if (port is null)
        {
            return (host, null);
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
        {
            throw Invalid($"The Redis endpoint '{item}' has an invalid port.");
        }

        return (host, number);
    }

    private static bool ParseBoolean(string key, string value) =>
        bool.TryParse(value, out var result)
            ? result
            : throw Invalid($"The Redis option '{key}' needs true or false.");

    private static int ParseInteger(string key, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var result) && result >= min && result <= max
            ? result
            : throw Invalid($"The Redis option '{key}' needs a whole number from {min} to {max}.");

    private static TimeSpan ParseMilliseconds(string key, string value) =>
        TimeSpan.FromMilliseconds(ParseInteger(key, value, 1, int.MaxValue));

    private static SslProtocols ParseSslProtocols(string key, string value)
    {
        var result = SslProtocols.None;
        foreach (var part in value.Split('|', ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<SslProtocols>(part, ignoreCase: true, out var protocol) || int.TryParse(part, CultureInfo.InvariantCulture, out _))
            {
                throw Invalid($"The Redis option '{key}' needs TLS version names such as Tls12|Tls13.");
            }

            result |= protocol;
        }

        return result;
    }

    private static bool ChainsTo(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2 issuer)
    {
        // A wrong name or a missing certificate is never excused; chain errors are judged against the issuer below.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(issuer);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        var leaf = certificate as X509Certificate2;
        using var loaded = leaf is null ? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()) : null;
        if (!chain.Build(leaf ?? loaded!))
        {
            return false;
        }

        var root = chain.ChainElements[^1].Certificate;
        return root.RawDataMemory.Span.SequenceEqual(issuer.RawDataMemory.Span);
    }
}
