using Gateway.Eclaire.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Eclaire.Tests.Support;

/// <summary>
/// The client as the gateway gets it (AddEclaireClient from configuration), with a manual clock and a stub
/// standing in for ECLAIRE behind the real resilience handler.
/// </summary>
internal sealed class TestClient : IDisposable
{
    private readonly ServiceProvider _provider;

    public TestClient(
        Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> respond,
        IDictionary<string, string?>? settings = null,
        IConfiguration? configuration = null)
    {
        Clock = new ManualTimeProvider();
        Stub = new StubHandler(respond, Clock);
        Logs = new LogCapture();

        var values = new Dictionary<string, string?>
        {
            ["Eclaire:BaseUrl"] = "https://eclaire.test/",
            ["Eclaire:RetryBaseDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        configuration ??= new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddEclaireClient(configuration).ConfigurePrimaryHttpMessageHandler(() => Stub);
        _provider = services.BuildServiceProvider();
        Client = _provider.GetRequiredService<IEclaireClient>();
    }

    public ManualTimeProvider Clock { get; }

    public StubHandler Stub { get; }

    public LogCapture Logs { get; }

    public IEclaireClient Client { get; }

    public LocalEclaireRateLimiter Limiter => (LocalEclaireRateLimiter)_provider.GetRequiredService<IEclaireRateLimiter>();

    public EclaireRequestCoalescer Coalescer => _provider.GetRequiredService<EclaireRequestCoalescer>();

    public static TestClient Answering(Func<HttpRequestMessage, HttpResponseMessage> respond, IDictionary<string, string?>? settings = null) =>
        new((request, _, _) => Task.FromResult(respond(request)), settings);

    public void Dispose() => _provider.Dispose();
}
