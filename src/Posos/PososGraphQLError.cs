using System.Text.Json;
using Gateway.Upstream;

namespace Gateway.Posos;

/// <summary>One entry of Posos's <c>errors</c> list, as Posos sent it.</summary>
/// <param name="Message">The error message.</param>
/// <param name="Path">Response keys (<see cref="string"/>) and list indices (<see cref="int"/>) from Posos's root; null for a request error.</param>
/// <param name="Locations">Locations in the document sent to Posos (not in the gateway's), if any.</param>
/// <param name="Extensions">The error's <c>extensions</c> as sent (members by name), if any.</param>
public sealed record PososGraphQLError(
    string Message,
    IReadOnlyList<object>? Path,
    IReadOnlyList<PososErrorLocation>? Locations,
    IReadOnlyDictionary<string, JsonElement>? Extensions)
{
    /// <summary>The error's <c>extensions.code</c>, when it is a string.</summary>
    public string? Code =>
        Extensions is not null && Extensions.TryGetValue("code", out var code) && code.ValueKind == JsonValueKind.String
            ? JsonStrings.Read(code)
            : null;
}
