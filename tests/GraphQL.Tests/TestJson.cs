using System.Buffers;
using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Tests;

internal static class TestJson
{
    public static string ToJsonForTest(this object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ResultJsonWriter.WriteValue(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
