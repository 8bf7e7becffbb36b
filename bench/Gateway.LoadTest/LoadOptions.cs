using System.Globalization;

namespace Gateway.LoadTest;

/// <summary>
/// The load run's settings, from the command line: <c>--url</c> (the gateway, default <c>http://127.0.0.1:5000/</c>),
/// <c>--sandbox</c> (where <c>/_sandbox/requests</c> answers; default the gateway, which mounts the sandbox in
/// Development), <c>--duration</c> and <c>--warmup</c> (seconds), <c>--concurrency</c> (clients sending back to back).
/// </summary>
internal sealed record LoadOptions
{
    public Uri Gateway { get; init; } = new("http://127.0.0.1:5000/");

    public Uri? Sandbox { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public int Concurrency { get; init; } = 16;

    public Uri SandboxOrGateway => Sandbox ?? Gateway;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--url" => options with { Gateway = WithSlash(value) },
                "--sandbox" => options with { Sandbox = WithSlash(value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--concurrency" => options with { Concurrency = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --url, --sandbox, --duration, --warmup, --concurrency.", nameof(args)),
            };
        }

        return options;
    }

    private static Uri WithSlash(string value) => new(value.EndsWith('/') ? value : value + "/");
}
