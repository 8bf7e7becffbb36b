using Gateway.TestSupport;

namespace Gateway.Tests.Caching;

/// <summary>
/// The gateway's hints as clients see them in <c>Cache-Control</c>: studies and their parts an hour, statistics until
/// ECLAIRE's next refresh (04:00 Europe/Paris + 15 min), errors never cached. The clock stands at 04:00 in Paris
/// (02:00 UTC, summer time), so statistics have 15 minutes left.
/// </summary>
public sealed class CacheHintTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 6, 2, 2, 0, 0, TimeSpan.Zero));
    private CachingTopology _topology = null!;

    public async Task InitializeAsync() => _topology = await CachingTopology.StartAsync(
        instances: 1,
        withRedis: false,
        settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Eclaire:MaxRetryAttempts"] = "0",
            ["Eclaire:CircuitBreaker:Enabled"] = "false",
        },
        clock: _clock);

    public async Task DisposeAsync() => await _topology.DisposeAsync();

    [Theory]
    [InlineData("""query($text: String) { studies(first: 20, where: { text: $text, status: ACTIVE }) { totalCount pageInfo { hasNextPage endCursor } nodes { id title group { plannedSize ageRanges { label } } sites { name city } organization { name } } } }""", "public, max-age=3600")]
    [InlineData("""query($id: ID!) { study(id: $id) { title recruitmentPeriod { start } phase { display } conditions { text } contacts { familyName } identifiers { value } group { inclusionCriteria } sites { contacts { familyName } } } }""", "public, max-age=3600")]
    [InlineData("""{ statistics { totalStudies entries { key } } }""", "public, max-age=900")]
    [InlineData("""query($id: ID!) { __typename statistics { totalStudies } study(id: $id) { title } }""", "public, max-age=900")]
    public async Task Responses_carry_the_smallest_max_age_of_their_fields(string query, string cacheControl)
    {
        var id = (await _topology.StudyIdsAsync(1))[0];

        var result = await _topology.QueryAsync(0, query, query.Contains("$id", StringComparison.Ordinal) ? new { id } : query.Contains("$text", StringComparison.Ordinal) ? new { text = "patients" } : null);

        Assert.False(result.HasErrors, result.ToString());
        Assert.Equal(cacheControl, result.CacheControl);
    }

    [Fact]
    public async Task A_node_refetch_is_cached_an_hour_and_an_unknown_id_not_at_all()
    {
        var found = await _topology.QueryAsync(0, """{ studies(first: 1) { nodes { id } } }""");
        var globalId = found.Data.GetProperty("studies").GetProperty("nodes")[0].GetProperty("id").GetString();

        var node = await _topology.QueryAsync(0, "query($id: ID!) { node(id: $id) { id ... on Study { title } } }", new { id = globalId });
        var missing = await _topology.QueryAsync(0, """{ study(id: "no-such-study") { title } }""");

        Assert.Equal("public, max-age=3600", node.CacheControl);
        Assert.Contains("NOT_FOUND", missing.Body, StringComparison.Ordinal);
        Assert.Equal("no-store", missing.CacheControl);
    }

    [Fact]
    public async Task A_response_with_a_patient_s_eligibility_is_private()
    {
        var result = await _topology.QueryAsync(0, """
            { studies(first: 3) { nodes { title eligibility(patient: { birthDate: "1980-05-01", sex: F }) { status } } } }
            """);

        Assert.False(result.HasErrors, result.ToString());
        Assert.StartsWith("private", result.CacheControl, StringComparison.Ordinal);
        Assert.NotEqual("HIT", result.XCache);
        var again = await _topology.QueryAsync(0, """
            { studies(first: 3) { nodes { title eligibility(patient: { birthDate: "1980-05-01", sex: F }) { status } } } }
            """);
        Assert.NotEqual("HIT", again.XCache);
    }

    [Fact]
    public async Task The_schema_declares_the_directive()
    {
        var sdl = await _topology.QueryAsync(0, """{ __schema { directives { name args { name } } } }""");

        Assert.Contains("\"cacheControl\"", sdl.Body, StringComparison.Ordinal);
        Assert.Contains("inheritMaxAge", sdl.Body, StringComparison.Ordinal);
    }
}
