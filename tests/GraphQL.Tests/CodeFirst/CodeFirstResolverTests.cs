using static Gateway.GraphQL.Tests.CodeFirst.ClinicalModel;

namespace Gateway.GraphQL.Tests.CodeFirst;

/// <summary>Resolvers called directly, without the executor.</summary>
public class CodeFirstResolverTests
{
    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    [Fact]
    public async Task Property_resolvers_read_the_parent()
    {
        var study = ClinicalData.Studies[0];
        Assert.Equal("Heart Failure Outcomes", await FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Study", "title", study));
        Assert.Equal("Heart Failure Outcomes (HFO)", await FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Study", "displayName", study));
        Assert.Equal(1250000.5m, await FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Study", "budget", study));
    }

    [Fact]
    public async Task Method_resolvers_receive_converted_arguments()
    {
        var input = new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = "T",
            ["keywords"] = new List<object?> { "k" },
            ["status"] = StudyStatus.Closed,
        };
        var created = Assert.IsType<Study>(await FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Mutation", "createStudy", arguments: Args(("input", input))));
        Assert.Equal(("T", StudyStatus.Closed, new DateOnly(2024, 1, 1)), (created.Title, created.Status, created.StartDate));
        Assert.Equal(["k"], created.Keywords);
        Assert.Null(created.Acronym);

        var studies = Assert.IsAssignableFrom<IReadOnlyList<Study>>(await FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Query", "studies", arguments: Args(("first", 2))));
        Assert.Equal([1, 2], studies.Select(s => s.Id).ToArray());
    }

    [Fact]
    public async Task The_request_cancellation_token_reaches_the_method()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Query", "study", arguments: Args(("id", "1")), cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task Exceptions_thrown_by_resolvers_propagate()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Query", "fail", arguments: Args(("message", "broken"))));
        Assert.Equal("broken", error.Message);
        await Assert.ThrowsAsync<GraphQLException>(() => FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Query", "failLater"));
    }

    [Fact]
    public async Task Service_parameters_and_static_members_resolve()
    {
        var services = new TestServices().Add<IStudyRepository>(new StudyRepository());
        Assert.Equal(3, await FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Query", "count", services: services));
        Assert.Equal("1.0", await FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Query", "version"));
        Assert.Equal(ErrorKind.HTTPError, await FakeResolverContext.ResolveAsync(ClinicalSchema.Instance, "Query", "lastError"));
    }
}
