using System.Buffers;
using System.Text;
using Gateway.Caching.Redis;
using Gateway.Caching.Redis.Protocol;

namespace Gateway.Caching.Tests.Redis;

/// <summary>RESP2 parsing over byte sequences, whole and split at every position.</summary>
public sealed class RespParserTests
{
    private static readonly string[] Wires =
    [
        "+OK\r\n",
        "-ERR unknown command\r\n",
        ":0\r\n",
        ":-9223372036854775808\r\n",
        "$5\r\nhello\r\n",
        "$0\r\n\r\n",
        "$-1\r\n",
        "$4\r\na\r\nb\r\n",
        "*0\r\n",
        "*-1\r\n",
        "*3\r\n:1\r\n$-1\r\n+x\r\n",
        "*2\r\n*2\r\n:1\r\n*1\r\n$1\r\nz\r\n*-1\r\n",
    ];

    public static TheoryData<string> EveryKind => new(Wires);

    [Fact]
    public void Simple_string()
    {
        var reply = ParseOne("+OK\r\n");

        Assert.Equal(RedisReplyKind.SimpleString, reply.Kind);
        Assert.Equal("OK", reply.AsString());
        Assert.False(reply.IsNull);
    }

    [Fact]
    public void Error()
    {
        var reply = ParseOne("-WRONGTYPE Operation against a key\r\n");

        Assert.True(reply.IsError);
        Assert.Equal("WRONGTYPE Operation against a key", reply.AsString());
    }

    [Theory]
    [InlineData(":0\r\n", 0L)]
    [InlineData(":42\r\n", 42L)]
    [InlineData(":-1\r\n", -1L)]
    [InlineData(":9223372036854775807\r\n", long.MaxValue)]
    public void Integers(string wire, long expected)
    {
        var reply = ParseOne(wire);

        Assert.Equal(RedisReplyKind.Integer, reply.Kind);
        Assert.Equal(expected, reply.Integer);
        Assert.Equal(expected, reply.AsInt64());
    }

    [Fact]
    public void Bulk_strings_are_binary_safe()
    {
        var reply = ParseOne("$7\r\n\r\n\0\u00ffab\r\n");

        Assert.Equal(RedisReplyKind.BulkString, reply.Kind);
        Assert.Equal(new byte[] { 13, 10, 0, 0xC3, 0xBF, (byte)'a', (byte)'b' }, reply.Bytes.ToArray());
    }

    [Fact]
    public void Empty_and_null_bulk_strings_differ()
    {
        var empty = ParseOne("$0\r\n\r\n");
        var nil = ParseOne("$-1\r\n");

        Assert.False(empty.IsNull);
        Assert.Equal(string.Empty, empty.AsString());
        Assert.True(nil.IsNull);
        Assert.Equal(RedisReplyKind.BulkString, nil.Kind);
        Assert.Null(nil.AsString());
    }

    [Fact]
    public void Arrays_empty_null_and_nested()
    {
        Assert.Empty(ParseOne("*0\r\n").Elements);
        var nil = ParseOne("*-1\r\n");
        Assert.True(nil.IsNull);
        Assert.Equal(RedisReplyKind.Array, nil.Kind);

        var nested = ParseOne("*3\r\n:1\r\n*2\r\n$3\r\nabc\r\n*1\r\n-ERR inner\r\n$-1\r\n");
        Assert.Equal(3, nested.Elements.Count);
        Assert.Equal(1, nested.Elements[0].Integer);
        Assert.Equal("abc", nested.Elements[1].Elements[0].AsString());
        Assert.True(nested.Elements[1].Elements[1].Elements[0].IsError);
        Assert.True(nested.Elements[2].IsNull);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_split_point_gives_the_same_reply(string wire)
    {
        var bytes = Encoding.UTF8.GetBytes(wire);
        var whole = Describe(ParseOne(wire));

        for (var split = 0; split <= bytes.Length; split++)
        {
            // The first part alone is incomplete (unless it is everything)...
            var firstPart = new ReadOnlySequence<byte>(bytes, 0, split);
            var reader = new SequenceReader<byte>(firstPart);
            Assert.Equal(split == bytes.Length, RespParser.TryRead(ref reader, out _));

            // ...and the two parts as one two-segment sequence parse like the whole.
            var sequence = Segments(bytes[..split], bytes[split..]);
            var both = new SequenceReader<byte>(sequence);
            Assert.True(RespParser.TryRead(ref both, out var reply));
            Assert.Equal(whole, Describe(reply));
            Assert.True(both.End);
        }
    }

    [Fact]
    public void Byte_by_byte_segments_parse_several_replies_in_a_row()
    {
        var wire = Encoding.UTF8.GetBytes(string.Concat(Wires));
        var sequence = Segments(wire.Select(b => new[] { b }).ToArray());
        var reader = new SequenceReader<byte>(sequence);
        var count = 0;
        while (!reader.End)
        {
            Assert.True(RespParser.TryRead(ref reader, out _));
            count++;
        }

        Assert.Equal(Wires.Length, count);
    }

    [Fact]
    public void A_reply_split_at_every_position_of_a_stream_is_resumed_after_more_bytes_arrive()
    {
        // What the connection does: keep the unconsumed bytes, append the next read, try again.
        var wire = Encoding.UTF8.GetBytes("*2\r\n$3\r\nfoo\r\n:7\r\n+OK\r\n");
        var replies = new List<RedisReply>();
        var pending = Array.Empty<byte>();
        foreach (var chunk in wire.Chunk(3))
        {
            pending = [.. pending, .. chunk];
            var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(pending));
            while (true)
            {
                var start = reader.Consumed;
                if (!RespParser.TryRead(ref reader, out var reply))
                {
                    pending = pending[(int)start..];
                    break;
                }

                replies.Add(reply);
            }
        }

        Assert.Equal(2, replies.Count);
        Assert.Equal("foo", replies[0].Elements[0].AsString());
        Assert.Equal("OK", replies[1].AsString());
    }

    [Theory]
    [InlineData("?what\r\n")]
    [InlineData(":12a\r\n")]
    [InlineData(":\r\n")]
    [InlineData("$-2\r\n")]
    [InlineData("$3\r\nabcXY")]
    [InlineData("*-5\r\n")]
    public void Invalid_bytes_are_protocol_errors(string wire)
    {
        Assert.Throws<RedisProtocolException>(() =>
        {
            var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(wire)));
            RespParser.TryRead(ref reader, out _);
        });
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var wire = string.Concat(Enumerable.Repeat("*1\r\n", RespParser.MaxDepth + 1)) + ":1\r\n";

        Assert.Throws<RedisProtocolException>(() => ParseOne(wire));
    }

    [Fact]
    public void The_encoder_writes_commands_as_arrays_of_bulk_strings()
    {
        var encoder = new RespEncoder(5);
        encoder.Add("SET"u8);
        encoder.Add("clé");
        encoder.Add([1, 2]);
        encoder.Add("PX"u8);
        encoder.Add(1500);

        Assert.Equal("*5\r\n$3\r\nSET\r\n$4\r\nclé\r\n$2\r\n\u0001\u0002\r\n$2\r\nPX\r\n$4\r\n1500\r\n", Encoding.UTF8.GetString(encoder.Written));
        encoder.Dispose();
    }

    [Fact]
    public void The_encoder_grows_for_large_arguments()
    {
        var big = new byte[100_000];
        var encoder = new RespEncoder(2, sizeHint: 8);
        encoder.Add("X"u8);
        encoder.Add(big);
        var command = encoder.ToCommand("X");

        Assert.Equal(4 + 7 + 9 + 100_000 + 2, command.Payload.Length);
        command.ReleasePayload();
        Assert.Equal(0, command.Payload.Length);
    }

    private static RedisReply ParseOne(string wire)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(wire)));
        Assert.True(RespParser.TryRead(ref reader, out var reply));
        Assert.True(reader.End);
        return reply;
    }

    private static string Describe(RedisReply reply) => reply.Kind switch
    {
        RedisReplyKind.Array => reply.IsNull ? "nil-array" : "[" + string.Join(",", reply.Elements.Select(Describe)) + "]",
        RedisReplyKind.Integer => ":" + reply.Integer,
        RedisReplyKind.BulkString => reply.IsNull ? "nil" : "$" + reply.AsString(),
        RedisReplyKind.Error => "-" + reply.AsString(),
        _ => "+" + reply.AsString(),
    };

    private static ReadOnlySequence<byte> Segments(params byte[][] parts)
    {
        var first = new Segment(parts[0], 0);
        var last = first;
        foreach (var part in parts.Skip(1))
        {
            last = last.Append(part);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
