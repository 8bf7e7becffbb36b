using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Gateway.Sandbox.TestSupport;

namespace Gateway.Sandbox.Common;

/// <summary>JSON responses written with source-generated metadata and <see cref="JsonText.WriterOptions"/> (non-ASCII kept as is).</summary>
internal static class JsonResults
{
    public static SandboxResult Json<T>(T value, JsonTypeInfo<T> type, int statusCode = 200) =>
        new(statusCode, "application/json; charset=utf-8", JsonText.Write(writer => JsonSerializer.Serialize(writer, value, type)));
}
