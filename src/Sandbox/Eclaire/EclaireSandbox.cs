using Gateway.Sandbox.Common;
using Gateway.Sandbox.Eclaire.Data;
using Gateway.Sandbox.Eclaire.Search;
using Microsoft.Extensions.Logging;

namespace Gateway.Sandbox.Eclaire;

/// <summary>The ECLAIRE stand-in of one host: its data set (built once), search, reads, statistics and throttler.</summary>
internal sealed partial class EclaireSandbox
{
    private readonly EclaireSearchEngine _search;
    private readonly EclaireReader _reader;

    public EclaireSandbox(EclaireSandboxOptions options, TimeProvider time, ILogger<EclaireSandbox> logger)
    {
        Options = options;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        DataSet = EclaireDataSetBuilder.Build(options);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        _search = new EclaireSearchEngine(DataSet, options);
        _reader = new EclaireReader(DataSet);
        RateLimiter = new EclaireRateLimiter(options.RateLimit, time);
        var megabytes = Math.Max(0, after - before) / (1024.0 * 1024.0);
        var milliseconds = DataSet.BuildTime.TotalMilliseconds;
        LogBuilt(logger, DataSet.Studies.Count, milliseconds, megabytes);
    }

    public EclaireSandboxOptions Options { get; }

    public EclaireDataSet DataSet { get; }

    public EclaireRateLimiter RateLimiter { get; }

    public EclaireResponse Search(string? rawQuery, string baseUrl) => _search.Search(QueryStringParser.Parse(rawQuery), baseUrl);

    public EclaireResponse ReadStudy(string id) => _reader.ReadStudy(id);

    public EclaireResponse ReadGroup(string id) => _reader.ReadGroup(id);

    public EclaireResponse ReadLocation(string id) => _reader.ReadLocation(id);

    public EclaireResponse ReadOrganization(string id) => _reader.ReadOrganization(id);

    public EclaireResponse Statistics() => _reader.Statistics();

    [LoggerMessage(Level = LogLevel.Information, Message = "ECLAIRE sandbox: {Count} studies ready in {Milliseconds:F0} ms, {Megabytes:F1} MB retained")]
    private static partial void LogBuilt(ILogger logger, int count, double milliseconds, double megabytes);
}
