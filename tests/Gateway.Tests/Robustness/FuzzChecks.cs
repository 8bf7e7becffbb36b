using System.Net;
using System.Text;
using System.Text.Json;

namespace Gateway.Tests.Robustness;

/// <summary>
/// What every fuzzed answer and log line is checked for: no 5xx, a GraphQL body (JSON with <c>data</c> and/or
/// <c>errors</c>, each error with <c>extensions.code</c>, none <c>INTERNAL_SERVER_ERROR</c>), no stack trace, no secret,
/// no patient's value in an error message or a log line, no error logged.
/// </summary>
public static class FuzzChecks
{
    private const string StackTraceLine = "   at ";

    public static IReadOnlyList<string> ResponseProblems(FuzzCase fuzzCase, HttpResponseMessage response, byte[] bytes, string secret) =>
        ResponseProblems(fuzzCase, response.StatusCode, response.Content.Headers.ContentType?.ToString(), bytes, secret);

    public static IReadOnlyList<string> ResponseProblems(FuzzCase fuzzCase, HttpStatusCode statusCode, string? contentType, byte[] bytes, string secret)
    {
        var problems = new List<string>();
        var status = (int)statusCode;
        var text = Encoding.UTF8.GetString(bytes);
        var shown = text.Length > 400 ? text[..400] + "…" : text;
        if (status >= 500)
        {
            problems.Add($"answered {status}: {shown}");
        }

        if (text.Contains(StackTraceLine, StringComparison.Ordinal) || text.Contains("\\n   at ", StringComparison.Ordinal))
        {
            problems.Add("the answer holds a stack trace: " + shown);
        }

        if (text.Contains(secret, StringComparison.Ordinal))
        {
            problems.Add("the answer holds a secret");
        }

        if (fuzzCase.Expectation != FuzzExpectation.GraphQL || statusCode == HttpStatusCode.NotModified || fuzzCase.Method == HttpMethod.Head)
        {
            return problems;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            problems.Add($"answered {status} {contentType} that is not JSON: {shown}");
            return problems;
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : new List<JsonElement> { root };
            if (root.ValueKind == JsonValueKind.Array && items.Count == 0)
            {
                problems.Add("answered an empty array");
            }

            foreach (var item in items)
            {
                problems.AddRange(GraphQLResponseProblems(item, fuzzCase.Sensitive).Select(p => $"answered {status}: {p}: {shown}"));
            }
        }

        return problems;
    }

    private static IEnumerable<string> GraphQLResponseProblems(JsonElement response, IReadOnlyList<string> sensitive)
    {
        if (response.ValueKind != JsonValueKind.Object)
        {
            yield return "a response that is not an object";
            yield break;
        }

        var hasData = response.TryGetProperty("data", out _);
        var hasErrors = response.TryGetProperty("errors", out var errors);
        if (!hasData && !hasErrors)
        {
            yield return "neither `data` nor `errors`";
        }

        if (!hasErrors)
        {
            yield break;
        }

        if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            yield return "`errors` is not a non-empty list";
            yield break;
        }

        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
            {
                yield return "an error without a message";
                continue;
            }

            if (!error.TryGetProperty("extensions", out var extensions) || !extensions.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String)
            {
                yield return $"an error without `extensions.code` ({message.GetString()})";
            }
            else if (code.GetString() == "INTERNAL_SERVER_ERROR")
            {
                // The gateway's own failure: an input or an upstream answer it did not expect.
                yield return $"an INTERNAL_SERVER_ERROR ({message.GetString()}) at {(error.TryGetProperty("path", out var path) ? path.GetRawText() : "no path")}";
            }

            var said = message.GetString() + " " + (error.TryGetProperty("extensions", out var x) ? x.GetRawText() : string.Empty);
            foreach (var value in sensitive.Where(v => said.Contains(v, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"an error message repeats the patient's `{value}`";
            }
        }
    }

    public static IEnumerable<string> LogProblems(IReadOnlyList<string> lines, IReadOnlyList<string> sensitive, string secret)
    {
        foreach (var line in lines)
        {
            var shown = line.Length > 600 ? line[..600] + "…" : line;
            if (line.StartsWith("Error ", StringComparison.Ordinal) || line.StartsWith("Critical ", StringComparison.Ordinal))
            {
                yield return "an error was logged: " + shown;
            }

            if (line.Contains(StackTraceLine, StringComparison.Ordinal))
            {
                yield return "a log line holds a stack trace: " + shown;
            }

            if (line.Contains(secret, StringComparison.Ordinal))
            {
                yield return "a log line holds a secret: " + shown;
            }

            foreach (var value in sensitive.Where(v => line.Contains(v, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"a log line holds the patient's `{value}`: " + shown;
            }
        }
    }
}
