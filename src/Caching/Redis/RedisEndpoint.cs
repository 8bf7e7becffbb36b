using System.Globalization;

namespace Gateway.Caching.Redis;

/// <summary>A Redis server's address: a host name or IP address, and a TCP port.</summary>
/// <param name="Host">Host name or IP address (IPv6 without brackets).</param>
/// <param name="Port">TCP port, 1 to 65535.</param>
public sealed record RedisEndpoint(string Host, int Port)
{
    /// <summary><c>host:port</c>, with IPv6 addresses in brackets.</summary>
    public override string ToString() =>
        (Host.Contains(':', StringComparison.Ordinal) ? "[" + Host + "]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);
}
