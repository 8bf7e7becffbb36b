using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gateway.TestSupport;

/// <summary>
/// A real <c>redis-server</c> (Debian's, on the PATH) on a free loopback port, with no persistence. It can be killed
/// and started again on the same port, to test what clients do when Redis dies and comes back. Shared by the tests of the
/// caching library and of the gateway.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    // What redis-server logs when its port was taken.
    private const string PortTaken = "Address already in use";

    private readonly string _directory;
    private readonly IReadOnlyList<string> _extraArguments;
    private Process? _process;

    private RedisServer(int port, string? password, bool tls, IReadOnlyList<string> extraArguments)
    {
        Port = port;
        Password = password;
        Tls = tls;
        _extraArguments = extraArguments;
        _directory = System.IO.Directory.CreateTempSubdirectory("redis-test-").FullName;
    }

    public int Port { get; }

    public string? Password { get; }

    public bool Tls { get; }

    public string Directory => _directory;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}" + (Password is null ? string.Empty : $",password={Password}");

    /// <summary>Starts a server. <paramref name="extraArguments"/> are passed to redis-server as they are.</summary>
    public static Task<RedisServer> StartAsync(string? password = null, params string[] extraArguments) =>
        StartAsync(password, tls: false, extraArguments);

    public static async Task<RedisServer> StartAsync(string? password, bool tls, IReadOnlyList<string> extraArguments)
    {
        // FreePort's port is free when asked, not necessarily when redis-server binds it: tests running in parallel
        // (their servers, their clients' ephemeral ports) can take it in between. Then another port is tried.
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(FreePort(), password, tls, extraArguments);
            try
            {
                await server.StartAsync();
                return server;
            }
            catch (InvalidOperationException exception) when (attempt < 5 && exception.Message.Contains(PortTaken, StringComparison.Ordinal))
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>Starts a server on a given port (e.g. one a client was told about before the server existed).</summary>
    public static async Task<RedisServer> StartOnPortAsync(int port)
    {
        var server = new RedisServer(port, null, tls: false, []);
        await server.StartAsync();
        return server;
    }

    /// <summary>A loopback port free now (see <see cref="ReservedPort"/>), released for a server to take.</summary>
    public static int FreePort()
    {
        using var reserved = ReservedPort.Take();
        return reserved.Port;
    }

    /// <summary>Starts (or starts again, on the same port) and waits until the port accepts connections.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Already running.");
        }

        var info = new ProcessStartInfo("redis-server") { UseShellExecute = false, WorkingDirectory = _directory };
        foreach (var argument in (string[])[
            "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
            "--dir", _directory, "--logfile", Path.Combine(_directory, "redis.log"), "--loglevel", "warning"])
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add(Tls ? "--tls-port" : "--port");
        info.ArgumentList.Add(Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Tls)
        {
            info.ArgumentList.Add("--port");
            info.ArgumentList.Add("0");
        }

        if (Password is not null)
        {
            info.ArgumentList.Add("--requirepass");
            info.ArgumentList.Add(Password);
        }

        foreach (var argument in _extraArguments)
        {
            info.ArgumentList.Add(argument);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        var deadline = DateTime.UtcNow + Eventually.HangGuard;
        while (true)
        {
            if (_process.HasExited)
            {
                var log = Path.Combine(_directory, "redis.log");
                var message = $"redis-server exited with {_process.ExitCode}: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "no log")}";
                _process.Dispose();
                _process = null;
                throw new InvalidOperationException(message);
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }

    /// <summary>
    /// Freezes the server (SIGSTOP): its sockets stay open but it reads and answers nothing until <see cref="ThawAsync"/>,
    /// however long that takes (unlike <c>CLIENT PAUSE</c>, whose pause ends on its own clock).
    /// </summary>
    public Task FreezeAsync() => SignalAsync("STOP");

    /// <summary>Lets a frozen server run again (SIGCONT).</summary>
    public Task ThawAsync() => SignalAsync("CONT");

    /// <summary>Kills the server (SIGKILL: no goodbye to clients) and waits for it to exit.</summary>
    public async Task KillAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            process.Dispose();
            _process = null;
        }
    }

    private async Task SignalAsync(string signal)
    {
        var process = _process is { HasExited: false } running ? running : throw new InvalidOperationException("Not running.");
        var info = new ProcessStartInfo("kill") { UseShellExecute = false };
        info.ArgumentList.Add("-" + signal);
        info.ArgumentList.Add(process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start(info) ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {process.Id} exited with {kill.ExitCode}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleaning.
        }
    }
}
