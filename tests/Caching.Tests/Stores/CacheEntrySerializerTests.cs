using System.Text;

namespace Gateway.Caching.Tests.Stores;

public sealed class CacheEntrySerializerTests
{
    [Fact]
    public void An_entry_round_trips_with_its_metadata()
    {
        var entry = new CacheEntry
        {
            Value = Encoding.UTF8.GetBytes("{\"data\":{\"études\":[]}}"),
            ETag = "\"abc123\"",
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/graphql-response+json", ["Vary"] = "Authorization" },
        }.WithLifetime(new DateTimeOffset(2026, 6, 1, 8, 0, 0, 123, TimeSpan.Zero), TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(5));

        var read = CacheEntrySerializer.Deserialize(CacheEntrySerializer.Serialize(entry));

        Assert.Equal(entry.Value.ToArray(), read.Value.ToArray());
        Assert.Equal(entry.ETag, read.ETag);
        Assert.Equal(entry.StoredAt, read.StoredAt);
        Assert.Equal(entry.TimeToLive, read.TimeToLive);
        Assert.Equal(entry.Grace, read.Grace);
        Assert.Equal(2, read.Headers.Count);
        Assert.Equal("Authorization", read.Headers["vary"]);
    }

    [Fact]
    public void No_etag_no_headers_and_an_empty_value_round_trip()
    {
        var entry = new CacheEntry().WithLifetime(DateTimeOffset.UnixEpoch, TimeSpan.FromMilliseconds(1), TimeSpan.Zero);

        var bytes = CacheEntrySerializer.Serialize(entry);
        var read = CacheEntrySerializer.Deserialize(bytes);

        Assert.Equal(27, bytes.Length);
        Assert.Null(read.ETag);
        Assert.Empty(read.Headers);
        Assert.True(read.Value.IsEmpty);
    }

    [Fact]
    public void Long_strings_use_multi_byte_lengths()
    {
        var entry = new CacheEntry { ETag = new string('e', 300), Headers = new Dictionary<string, string> { ["X"] = new string('v', 20_000) } }
            .WithLifetime(DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1), TimeSpan.Zero);

        var read = CacheEntrySerializer.Deserialize(CacheEntrySerializer.Serialize(entry));

        Assert.Equal(300, read.ETag!.Length);
        Assert.Equal(20_000, read.Headers["X"].Length);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 200 })]
    [InlineData(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 1, 65 })]
    public void Corrupt_bytes_are_a_format_error(byte[] bytes)
    {
        Assert.Throws<FormatException>(() => CacheEntrySerializer.Deserialize(bytes));
    }
}
