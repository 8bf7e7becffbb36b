using System.Web;
using Gateway.Posos.Credentials;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Posos.Tests.Support;

/// <summary>
/// The client as the gateway gets it (<c>AddPososClient</c> from configuration) on a manual clock, with stubs standing
/// in for Posos and for the token endpoint behind the real resilience handlers, and every log line captured.
/// </summary>
internal sealed class TestPosos : IDisposable
{
    public const string StaticToken = "static-secret-token-4f2a9c";

    /// <summary>Where the manual clock starts.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    public TestPosos(
        Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> posos,
        IDictionary<string, string?>? settings = null,
        Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>>? tokenEndpoint = null,
        TestServiceAccount? account = null,
        IConfiguration? configuration = null)
    {
        Clock = new ManualTimeProvider(Start);
        Account = account;
        Posos = new StubHandler(posos, Clock);
        TokenEndpoint = new StubHandler(tokenEndpoint ?? ((_, n, _) => Task.FromResult(IssueToken(n))), Clock);
        Logs = new LogCapture();

        var values = new Dictionary<string, string?>
        {
            ["Posos:BaseUrl"] = "https://posos.test/",
            ["Posos:RetryBaseDelay"] = "00:00:00.200",
        };
        if (account is null)
        {
            values["Posos:Token"] = StaticToken;
        }
        else
        {
            values["Posos:ServiceAccountKeyJson"] = account.KeyJson();
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddPososClient(configuration ?? new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .ConfigurePrimaryHttpMessageHandler(() => Posos);
        services.AddHttpClient(PososServiceCollectionExtensions.TokenHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => TokenEndpoint);
        _provider = services.BuildServiceProvider();
        Client = _provider.GetRequiredService<IPososClient>();
    }

    public ManualTimeProvider Clock { get; }

    public TestServiceAccount? Account { get; }

    public StubHandler Posos { get; }

    public StubHandler TokenEndpoint { get; }

    public LogCapture Logs { get; }

    public IPososClient Client { get; }

    public IPososCredentials Credentials => _provider.GetRequiredService<IPososCredentials>();

    /// <summary>The ID tokens the token endpoint stub issued, in order.</summary>
    public List<string> IssuedTokens { get; } = [];

    public static TestPosos Answering(Func<HttpRequestMessage, HttpResponseMessage> respond, IDictionary<string, string?>? settings = null) =>
        new((request, _, _) => Task.FromResult(respond(request)), settings);

    /// <summary>A Posos that answers every GraphQL call with the same small result.</summary>
    public static HttpResponseMessage Contraindications() =>
        StubHandler.Json("""{"data":{"getContraindications":[{"designation":"Grossesse","type":"ABSOLUTE_CONTRAINDICATION"}]}}""");

    /// <summary>The token endpoint's normal answer: a new ID token valid one hour, with <c>expires_in</c> (or only its <c>exp</c> claim).</summary>
    public HttpResponseMessage IssueToken(int serial, bool withExpiresIn = true, TimeSpan? lifetime = null)
    {
        var token = TestServiceAccount.IdToken(PososOptions.PublishedAudience, Clock.GetUtcNow() + (lifetime ?? TimeSpan.FromHours(1)), serial);
        lock (IssuedTokens)
        {
            IssuedTokens.Add(token);
        }

        return StubHandler.Json(withExpiresIn
            ? $$"""{"id_token":"{{token}}","expires_in":{{(int)(lifetime ?? TimeSpan.FromHours(1)).TotalSeconds}},"token_type":"Bearer"}"""
            : $$"""{"id_token":"{{token}}"}""");
    }

    /// <summary>The form fields of a recorded token request.</summary>
    public static IReadOnlyDictionary<string, string?> Form(RecordedRequest request)
    {
        var form = HttpUtility.ParseQueryString(request.Body);
        return form.AllKeys.OfType<string>().ToDictionary(k => k, k => form[k], StringComparer.Ordinal);
    }

    public static PososOperation Operation(string name = "getContraindications") =>
        new(
            "query getContraindications($drugs: [DrugInput]) { getContraindications(drugs: $drugs) { designation type } }",
            System.Text.Json.JsonDocument.Parse("""{"drugs":[{"clinicalDrug":{"code":"MV00003202","terminology":"posos"}}]}""").RootElement.Clone(),
            name);

    public void Dispose() => _provider.Dispose();
}
