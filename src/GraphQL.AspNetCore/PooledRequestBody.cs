using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Gateway.GraphQL.AspNetCore;

/// <summary>
/// A request body read once, whole, into a buffer rented from <see cref="ArrayPool{T}.Shared"/> (returned
/// on dispose), never more than the configured limit. The JSON parser reads it in place.
/// </summary>
internal sealed class PooledRequestBody : IDisposable
{
    private const int InitialBufferSize = 4096;
    private byte[]? _buffer;

    private PooledRequestBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => (_buffer ?? throw new ObjectDisposedException(nameof(PooledRequestBody))).AsMemory(0, Length);

    /// <summary>
    /// Reads the body; null when it is larger than <paramref name="maxBytes"/> (it stops reading there).
    /// The server's own body-size limit is lifted for this request, as this limit replaces it.
    /// </summary>
    public static async Task<PooledRequestBody?> ReadAsync(HttpContext context, long maxBytes, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        var limit = (int)maxBytes;
        var initialSize = request.ContentLength is { } declared ? (int)Math.Max(declared, 1) : Math.Min(InitialBufferSize, limit + 1);
        var buffer = ArrayPool<byte>.Shared.Rent(initialSize);
        var length = 0;
        try
        {
            var reader = request.BodyReader;
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var sequence = result.Buffer;
                if (length + sequence.Length > limit)
                {
                    reader.AdvanceTo(sequence.End);
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }

                var needed = length + (int)sequence.Length;
                if (needed > buffer.Length)
                {
                    buffer = Grow(buffer, length, Math.Min(Math.Max(needed, buffer.Length * 2), limit));
                }

                sequence.CopyTo(buffer.AsSpan(length));
                length = needed;
                reader.AdvanceTo(sequence.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    break;
                }
            }

            return new PooledRequestBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
