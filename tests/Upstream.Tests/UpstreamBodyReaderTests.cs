using System.Net;

namespace Gateway.Upstream.Tests;

public sealed class UpstreamBodyReaderTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_body_that_stalls_is_a_timeout_failure()
    {
        var clock = new ManualTimeProvider();
        var reader = Reader(clock);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) };

        var read = reader.ReadBoundedAsync(response, None);
        await clock.WaitForTimerAsync(clock.GetUtcNow() + TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => read.WaitAsync(Eventually.HangGuard));
        Assert.Equal(nameof(BodyReadFailure.TimedOut), error.Message);
        Assert.IsType<TaskCanceledException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task A_body_cut_short_is_an_interrupted_failure()
    {
        var reader = Reader(new ManualTimeProvider());
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new BrokenContent() };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reader.ReadBoundedAsync(response, None));

        Assert.Equal(nameof(BodyReadFailure.Interrupted), error.Message);
        Assert.True(error.InnerException is IOException or HttpRequestException, error.InnerException?.GetType().Name);
    }

    [Fact]
    public async Task Caller_cancellation_stays_cancellation()
    {
        var reader = Reader(new ManualTimeProvider());
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) };
        using var cancellation = new CancellationTokenSource();

        var read = reader.ReadBoundedAsync(response, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read.WaitAsync(Eventually.HangGuard));
    }

    [Fact]
    public async Task A_bounded_read_stops_at_64_KiB_and_what_the_read_throws_passes_through()
    {
        var reader = Reader(new ManualTimeProvider());
        using var large = new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new ByteArrayContent(new byte[100_000]) };
        using var small = new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("oops") };

        Assert.Equal(UpstreamBodyReader.MaxBoundedBytes, (await reader.ReadBoundedAsync(large, None)).Length);
        Assert.Equal("oops"u8.ToArray(), await reader.ReadBoundedAsync(small, None));
        await Assert.ThrowsAsync<FormatException>(() => reader.ReadAsync<int>(small, (_, _) => throw new FormatException(), None));
    }

    private static UpstreamBodyReader Reader(TimeProvider clock) =>
        new(TimeSpan.FromSeconds(5), clock, static (failure, inner) => new InvalidOperationException(failure.ToString(), inner));

    // A body whose connection is reset while it is read.
    private sealed class BrokenContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            Task.FromException(new IOException("connection reset"));

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
