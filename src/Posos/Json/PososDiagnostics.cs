using System.Text.Json;
using Gateway.Upstream;

namespace Gateway.Posos.Json;

/// <summary>
/// The reason of a refusal, read from its body: a FastAPI validation error (<c>{"detail":[{"loc":[...],"msg":...}]}</c>
/// or <c>{"detail":"..."}</c>), a GraphQL error list, or <c>{"message"}</c> / <c>{"error"}</c>. Bounded in length.
/// </summary>
internal static class PososDiagnostics
{
    private const int MaxLength = 500;

    public static string? Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var text = Detail(root) ?? Messages(root, "errors") ?? Text(root, "message") ?? Text(root, "error");
            return text is null ? null : Bound(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Detail(JsonElement root)
    {
        if (!root.TryGetProperty("detail", out var detail))
        {
            return null;
        }

        if (detail.ValueKind == JsonValueKind.String)
        {
            return JsonStrings.Read(detail);
        }

        if (detail.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var item in detail.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || Text(item, "msg") is not { } message)
            {
                continue;
            }

            // loc is e.g. ["query", "k"]: the parameter is its last element.
            var parameter = item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array && loc.GetArrayLength() > 0
                ? (loc[loc.GetArrayLength() - 1] is { ValueKind: JsonValueKind.String } last ? JsonStrings.Read(last) : loc[loc.GetArrayLength() - 1].GetRawText())
                : null;
            parts.Add(parameter is null ? message : parameter + ": " + message);
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? Messages(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var messages = errors.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.Object)
            .Select(e => Text(e, "message"))
            .OfType<string>()
            .ToList();
        return messages.Count == 0 ? null : string.Join("; ", messages);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && JsonStrings.Read(value) is { Length: > 0 } text ? text : null;

    private static string Bound(string text)
    {
        var single = text.ReplaceLineEndings(" ").Trim();
        return single.Length <= MaxLength ? single : single[..MaxLength] + "…";
    }
}
