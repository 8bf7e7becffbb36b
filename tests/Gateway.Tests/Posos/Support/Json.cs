using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Tests.Posos.Support;

/// <summary>JSON helpers for the Posos tests.</summary>
public static class Json
{
    /// <summary>Compact JSON, non-ASCII letters as they are.</summary>
    public static JsonSerializerOptions Unescaped { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The compact JSON text of <paramref name="element"/>.</summary>
    public static string Text(JsonElement element) => JsonSerializer.Serialize(element, Unescaped);
}
