using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Gateway.Caching.Redis.Protocol;

/// <summary>
/// Writes one command as a RESP2 array of bulk strings into a buffer rented from <see cref="ArrayPool{T}.Shared"/>.
/// Commands are encoded by their callers (in parallel); the connection's writer loop only copies the bytes.
/// A mutable struct: use it as a local and finish with <see cref="ToCommand"/> (or <see cref="Dispose"/>).
/// </summary>
internal struct RespEncoder : IDisposable
{
    private const int HeaderRoom = 32;

    private byte[] _buffer;
    private int _length;
    private int _remainingArguments;

    public RespEncoder(int argumentCount, int sizeHint = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(argumentCount, 1);
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, 64) + HeaderRoom);
        _length = 0;
        _remainingArguments = argumentCount;
        _buffer[_length++] = (byte)'*';
        WriteNumber(argumentCount);
        WriteCrlf();
    }

    public void Add(ReadOnlySpan<byte> argument)
    {
        BeginArgument(argument.Length);
        argument.CopyTo(_buffer.AsSpan(_length));
        _length += argument.Length;
        WriteCrlf();
    }

    public void Add(string argument)
    {
        var byteCount = Encoding.UTF8.GetByteCount(argument);
        BeginArgument(byteCount);
        _length += Encoding.UTF8.GetBytes(argument, _buffer.AsSpan(_length));
        WriteCrlf();
    }

    public void Add(long argument)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(argument, digits, out var written);
        Add(digits[..written]);
    }

    /// <summary>Hands the bytes to a pending command, which returns the buffer once it is written or dropped.</summary>
    public PendingCommand ToCommand(string name)
    {
        if (_remainingArguments != 0)
        {
            throw new InvalidOperationException($"The {name} command was announced with {_remainingArguments} more arguments than it got.");
        }

        var command = new PendingCommand(name, _buffer, _length);
        _buffer = [];
        _length = 0;
        return command;
    }

    /// <summary>The encoded bytes (for tests).</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void BeginArgument(int byteCount)
    {
        if (_remainingArguments-- <= 0)
        {
            throw new InvalidOperationException("More arguments than announced.");
        }

        Ensure(byteCount + HeaderRoom);
        _buffer[_length++] = (byte)'$';
        WriteNumber(byteCount);
        WriteCrlf();
    }

    private void WriteNumber(long value)
    {
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written);
        _length += written;
    }

    private void WriteCrlf()
    {
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
