using System.Globalization;
using System.Text;

namespace Gateway.LoadTest;

/// <summary>What a run measured, per scenario and in all: requests/s, latency percentiles, errors, upstream calls.</summary>
internal sealed class LoadReport(TimeSpan duration, int concurrency)
{
    private readonly Dictionary<string, List<double>> _latencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _errorCodes = new(StringComparer.Ordinal);

    public int UpstreamRequests { get; set; }

    public void Add(string scenario, double milliseconds, IReadOnlyList<string> errorCodes)
    {
        (_latencies.TryGetValue(scenario, out var list) ? list : _latencies[scenario] = []).Add(milliseconds);
        if (errorCodes.Count > 0)
        {
            _errors[scenario] = _errors.GetValueOrDefault(scenario) + 1;
            foreach (var code in errorCodes)
            {
                _errorCodes[code] = _errorCodes.GetValueOrDefault(code) + 1;
            }
        }
    }

    public void Merge(LoadReport other)
    {
        foreach (var (scenario, values) in other._latencies)
        {
            (_latencies.TryGetValue(scenario, out var list) ? list : _latencies[scenario] = []).AddRange(values);
        }

        foreach (var (scenario, count) in other._errors)
        {
            _errors[scenario] = _errors.GetValueOrDefault(scenario) + count;
        }

        foreach (var (code, count) in other._errorCodes)
        {
            _errorCodes[code] = _errorCodes.GetValueOrDefault(code) + count;
        }
    }

    public override string ToString()
    {
        var all = _latencies.Values.SelectMany(v => v).ToList();
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{concurrency} clients for {duration.TotalSeconds:F0} s: {all.Count} requests, {all.Count / duration.TotalSeconds:F1} requests/s, p50 {Percentile(all, 0.50):F1} ms, p99 {Percentile(all, 0.99):F1} ms");
        text.AppendLine(c, $"ECLAIRE (sandbox) requests: {UpstreamRequests}, {(all.Count == 0 ? 0 : (double)UpstreamRequests / all.Count):F2} per client request");
        text.AppendLine(c, $"{"scenario",-36} {"requests",9} {"p50 ms",8} {"p99 ms",8} {"errors",7}");
        foreach (var (scenario, values) in _latencies.OrderByDescending(l => l.Value.Count))
        {
            text.AppendLine(c, $"{scenario,-36} {values.Count,9} {Percentile(values, 0.50),8:F1} {Percentile(values, 0.99),8:F1} {_errors.GetValueOrDefault(scenario),7}");
        }

        if (_errorCodes.Count > 0)
        {
            text.AppendLine("error codes: " + string.Join(", ", _errorCodes.Select(e => $"{e.Key} x{e.Value}")));
        }

        return text.ToString();
    }

    private static double Percentile(List<double> values, double rank)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(rank * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
