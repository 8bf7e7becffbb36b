using System.Buffers;
using System.Text.Json;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// Writes GraphQL responses straight into the response's <see cref="HttpResponse.BodyWriter"/> with the
/// engine's <see cref="Utf8JsonWriter"/> (no intermediate string or array), UTF-8, non-ASCII text
/// unescaped.
/// </summary>
internal static class GraphQLResponseWriter
{
    public static void SetHeaders(HttpResponse response, int statusCode, ResponseMediaType mediaType)
    {
        response.StatusCode = statusCode;
        response.ContentType = MediaTypes.ContentType(mediaType);
        response.Headers.Vary = "Accept";
        response.Headers.XContentTypeOptions = "nosniff";
    }

    public static async Task WriteAsync(HttpResponse response, int statusCode, ResponseMediaType mediaType, ExecutionResult result, CancellationToken cancellationToken)
    {
        SetHeaders(response, statusCode, mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ResultJsonWriter.WriterOptions))
        {
            result.WriteTo(writer);
        }

        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The response's JSON, as <see cref="WriteAsync"/> writes it.</summary>
    public static byte[] Serialize(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, ResultJsonWriter.WriterOptions))
        {
            result.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a response already serialized (by <see cref="Serialize"/>, or from the cache).</summary>
    public static async Task WriteBytesAsync(HttpResponse response, int statusCode, ResponseMediaType mediaType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        SetHeaders(response, statusCode, mediaType);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A response of one error, as the executor writes request errors: <c>{"errors":[{"message":..., "extensions":{"code":...}}]}</c>.</summary>
    public static Task WriteErrorAsync(HttpResponse response, int statusCode, ResponseMediaType mediaType, string message, string code, CancellationToken cancellationToken) =>
        WriteAsync(response, statusCode, mediaType, ExecutionResult.FromRequestError(GraphQLError.WithCode(message, code)), cancellationToken);

    /// <summary>Starts a batch response: a JSON array whose items are written one by one with <see cref="WriteBatchItemAsync"/>.</summary>
    public static Utf8JsonWriter StartBatch(HttpResponse response, ResponseMediaType mediaType)
    {
        SetHeaders(response, StatusCodes.Status200OK, mediaType);
        var writer = new Utf8JsonWriter(response.BodyWriter, ResultJsonWriter.WriterOptions);
        writer.WriteStartArray();
        return writer;
    }

    /// <summary>Writes one response of a batch and sends what is written so far.</summary>
    public static async Task WriteBatchItemAsync(HttpResponse response, Utf8JsonWriter writer, ExecutionResult result, CancellationToken cancellationToken)
    {
        result.WriteTo(writer);
        writer.Flush();
        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task EndBatchAsync(HttpResponse response, Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        writer.WriteEndArray();
        writer.Flush();
        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
