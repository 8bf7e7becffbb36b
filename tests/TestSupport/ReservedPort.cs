using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Gateway.TestSupport;

/// <summary>
/// A free loopback port below the kernel's ephemeral range, held by a socket bound to it (not listening): while it is
/// held, connections to the port are refused and nothing else can take it; once disposed, the port is free at once.
/// Below the ephemeral range, the port is never one the kernel hands out: not to a server asking for port 0, nor as the
/// local port of a client's connection, which could otherwise be the very port it connects to (a TCP "self-connect" to a
/// dead server's port, holding the port its restart needs).
/// </summary>
public sealed class ReservedPort : IDisposable
{
    private const int Low = 20_000;

    // The first port the kernel may hand out on its own (Linux's setting; its default where that cannot be read).
    private static readonly int EphemeralRangeStart = ReadEphemeralRangeStart();

    private readonly Socket _socket;

    private ReservedPort(Socket socket, int port)
    {
        _socket = socket;
        Port = port;
    }

    /// <summary>The port held.</summary>
    public int Port { get; }

    /// <summary>Holds a free port picked at random between 20,000 and the ephemeral range.</summary>
    public static ReservedPort Take()
    {
        var high = EphemeralRangeStart - 1;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(Low, high + 1);
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return new ReservedPort(socket, port);
            }
            catch (SocketException)
            {
                socket.Dispose();
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Low} and {high}.");
    }

    /// <summary>Releases the port.</summary>
    public void Dispose() => _socket.Dispose();

    private static int ReadEphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var start = int.Parse(range[0], CultureInfo.InvariantCulture);
            return start > 25_000 ? start : 32_768;
        }
        catch (IOException)
        {
            return 32_768;
        }
    }
}
