using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.CacheControl;

/// <summary>
/// A response's cache policy from the <c>@cacheControl</c> hints of the fields it touched (SDL-first), following
/// Apollo Server's semantics: the smallest max age, PRIVATE wins, root and composite fields without a hint count as the
/// default (0), scalars and inheriting fields take their parent's, errors and mutations are never cacheable.
/// </summary>
public class CacheControlSdlTests
{
    private const string Sdl = CacheControlDirective.Sdl + """

        type Query {
          study: Study
          short: Study @cacheControl(maxAge: 30)
          stats: Stats @cacheControl(maxAge: 60)
          patient: Patient
          entity: Entity
          ping: String
          hello: String @cacheControl(maxAge: 10)
          fail: Study
          dynamic: Thing
        }
        type Mutation { touch: Study }
        type Study @cacheControl(maxAge: 3600) {
          id: ID!
          title: String
          phase: Coding
          period: Period
          parts: Thing @cacheControl(inheritMaxAge: true)
          secret: String @cacheControl(scope: PRIVATE)
        }
        type Coding @cacheControl(inheritMaxAge: true) { code: String }
        type Period { start: String }
        type Patient @cacheControl(maxAge: 120, scope: PRIVATE) { name: String }
        interface Entity @cacheControl(maxAge: 900) { id: ID! }
        type Site implements Entity @cacheControl(maxAge: 600) { id: ID! }
        type Thing { name: String }
        type Stats { total: Int }
        """;

    private static readonly Dictionary<string, object?> Study = new(StringComparer.Ordinal)
    {
        ["id"] = "S1",
        ["title"] = "Heart",
        ["phase"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "3" },
        ["period"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["start"] = "2024" },
        ["parts"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "arm" },
        ["secret"] = "s",
    };

    private static readonly Dictionary<string, object?> Root = new(StringComparer.Ordinal)
    {
        ["study"] = Study,
        ["short"] = Study,
        ["stats"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["total"] = 3 },
        ["patient"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "Ann" },
        ["entity"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["__typename"] = "Site", ["id"] = "L1" },
        ["ping"] = "pong",
        ["hello"] = "hi",
        ["touch"] = Study,
    };

    private static Schema BuildSchema() => SchemaBuilder.FromSdl(Sdl)
        .AddResolver("Query", "fail", _ => throw new InvalidOperationException("boom"))
        .AddResolver("Query", "dynamic", context =>
        {
            context.SetCacheHint(new CacheHint(MaxAge: 45));
            return new ValueTask<object?>(new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "late" });
        })
        .Build();

    private static async Task<ExecutionResult> RunAsync(string query, CacheControlOptions? options = null)
    {
        var executor = new RequestExecutor(
            BuildSchema(),
            new RequestExecutorOptions { Execution = new ExecutionOptions { CacheControl = options ?? CacheControlOptions.Default } });
        return await executor.ExecuteAsync(new ExecutionRequest { Query = query, RootValue = Root });
    }

    [Theory]
    [InlineData("{ study { id title } }", 3600)]
    [InlineData("{ study { phase { code } } }", 3600)]
    [InlineData("{ study { parts { name } } }", 3600)]
    [InlineData("{ study { title } stats { total } }", 60)]
    [InlineData("{ short { title } }", 30)]
    [InlineData("{ hello study { id } }", 10)]
    [InlineData("{ entity { id } }", 600)]
    [InlineData("{ dynamic { name } }", 45)]
    public async Task The_max_age_is_the_smallest_of_the_fields_touched(string query, int maxAge)
    {
        var result = await RunAsync(query);

        Assert.Empty(result.Errors);
        Assert.Equal(new CachePolicy(maxAge, CacheControlScope.Public), result.CachePolicy);
    }

    [Theory]
    [InlineData("{ ping }")]
    [InlineData("{ study { period { start } } }")]
    [InlineData("{ __typename }")]
    public async Task Root_and_composite_fields_without_hints_are_not_cacheable(string query)
    {
        var result = await RunAsync(query);

        Assert.Empty(result.Errors);
        Assert.False(result.CachePolicy.IsCacheable);
    }

    [Fact]
    public async Task The_default_max_age_applies_to_fields_without_hints()
    {
        var result = await RunAsync("{ ping study { period { start } } }", CacheControlOptions.Default with { DefaultMaxAge = 5 });

        Assert.Equal(new CachePolicy(5, CacheControlScope.Public), result.CachePolicy);
    }

    [Theory]
    [InlineData("{ study { title } patient { name } }", 120)]
    [InlineData("{ study { title secret } }", 3600)]
    public async Task Private_wins(string query, int maxAge)
    {
        var result = await RunAsync(query);

        Assert.Equal(new CachePolicy(maxAge, CacheControlScope.Private), result.CachePolicy);
    }

    [Fact]
    public async Task A_response_with_errors_is_not_cacheable()
    {
        var result = await RunAsync("{ study { title } fail { title } }");

        Assert.NotEmpty(result.Errors);
        Assert.Equal(CachePolicy.NotCacheable, result.CachePolicy);
    }

    [Fact]
    public async Task Request_errors_and_mutations_are_not_cacheable()
    {
        Assert.Equal(CachePolicy.NotCacheable, (await RunAsync("{ nope }")).CachePolicy);
        Assert.Equal(CachePolicy.NotCacheable, (await RunAsync("mutation { touch { title } }")).CachePolicy);
    }

    [Fact]
    public async Task Introspection_and_typename_do_not_prevent_caching()
    {
        Assert.Equal(new CachePolicy(3600, CacheControlScope.Public), (await RunAsync("{ __typename study { __typename title } }")).CachePolicy);
        Assert.Equal(new CachePolicy(300, CacheControlScope.Public), (await RunAsync("{ __schema { queryType { name fields { name } } } study { id } }")).CachePolicy);
        Assert.Equal(new CachePolicy(300, CacheControlScope.Public), (await RunAsync("{ __type(name: \"Study\") { name } }")).CachePolicy);
    }

    [Fact]
    public async Task Disabled_cache_control_makes_nothing_cacheable()
    {
        var result = await RunAsync("{ study { title } }", CacheControlOptions.Default with { Enabled = false });

        Assert.Equal(CachePolicy.NotCacheable, result.CachePolicy);
    }

    [Fact]
    public async Task Hints_are_the_same_for_every_item_of_a_list_and_for_async_resolvers()
    {
        var schema = SchemaBuilder.FromSdl(CacheControlDirective.Sdl + """

            type Query { studies: [Study!]! @cacheControl(maxAge: 900) }
            type Study @cacheControl(maxAge: 3600) { title: String owner: Owner }
            type Owner @cacheControl(maxAge: 120) { name: String }
            """)
            .AddResolver("Query", "studies", async _ =>
            {
                await Task.Yield();
                return new object[]
                {
                    new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = "a", ["owner"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "x" } },
                    new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = "b", ["owner"] = null },
                };
            })
            .Build();

        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ studies { title owner { name } } }" });

        Assert.Empty(result.Errors);
        Assert.Equal(new CachePolicy(120, CacheControlScope.Public), result.CachePolicy);
    }

    [Fact]
    public void The_directive_reads_its_arguments()
    {
        var schema = BuildSchema();

        Assert.Equal(new CacheHint(120, CacheControlScope.Private), CacheHints.Of(schema.GetType("Patient")!));
        Assert.Equal(CacheHint.Inherit, CacheHints.Of(schema.GetType("Coding")!));
        Assert.Equal(new CacheHint(Scope: CacheControlScope.Private), CacheHints.Of(((ObjectType)schema.GetType("Study")!).Fields["secret"]));
        Assert.True(CacheHints.Of(schema.GetType("Thing")!).IsEmpty);
    }

    [Fact]
    public void The_directive_and_its_enum_are_in_the_printed_schema()
    {
        var printed = SchemaPrinter.Print(BuildSchema());

        Assert.Contains("directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION", printed, StringComparison.Ordinal);
        Assert.Contains("enum CacheControlScope {", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3600, null, false, null, CacheControlScope.Private, false, 3600, CacheControlScope.Private, false)]
    [InlineData(null, null, false, 60, CacheControlScope.Public, false, 60, CacheControlScope.Public, false)]
    [InlineData(null, CacheControlScope.Private, true, 60, CacheControlScope.Public, false, null, CacheControlScope.Private, true)]
    [InlineData(10, CacheControlScope.Public, false, null, null, true, 10, CacheControlScope.Public, false)]
    public void Merge_keeps_the_own_age_and_any_private_scope(
        int? ownAge, CacheControlScope? ownScope, bool ownInherit,
        int? ruleAge, CacheControlScope? ruleScope, bool ruleInherit,
        int? age, CacheControlScope? scope, bool inherit)
    {
        var merged = CacheHint.Merge(new CacheHint(ownAge, ownScope, ownInherit), new CacheHint(ruleAge, ruleScope, ruleInherit));

        Assert.Equal(new CacheHint(age, scope, inherit), merged);
    }
}
