using System.Buffers;

namespace Gateway.Caching.Redis.Protocol;

/// <summary>
/// One command on its way: its encoded bytes (a pooled buffer, returned once written or dropped) and the completion
/// its caller awaits. Completions run asynchronously, never on the connection's reader loop.
/// </summary>
internal sealed class PendingCommand : TaskCompletionSource<RedisReply>
{
    private byte[]? _payload;
    private readonly int _length;

    public PendingCommand(string name, byte[] payload, int length)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        Name = name;
        _payload = payload;
        _length = length;
    }

    /// <summary>The command's name (for messages; arguments are never shown).</summary>
    public string Name { get; }

    /// <summary>The encoded command; empty once released.</summary>
    public ReadOnlySpan<byte> Payload => _payload is null ? default : _payload.AsSpan(0, _length);

    /// <summary>Returns the buffer to the pool. Called once by the writer loop or by the connection's teardown.</summary>
    public void ReleasePayload()
    {
        var payload = Interlocked.Exchange(ref _payload, null);
        if (payload is not null)
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }
}
