using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Execution;

public class ExecutorTests
{
    private const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          number: Int
          strict: Int!
          child: Child
          children: [Child!]
          fail: String
          failStrict: String!
          slow(ms: Int!): String
          pet: Pet
          dictionary: Any
        }
        type Mutation { append(value: String!): [String!]! }
        type Child { name: String! nick: String strict: String! }
        interface Pet { name: String! }
        type Dog implements Pet { name: String! barks: Boolean }
        type Cat implements Pet { name: String! meows: Boolean }
        scalar Any
        """;

    private static Task<ExecutionResult> Run(SchemaBuilder builder, string query, IReadOnlyDictionary<string, object?>? variables = null, ExecutionOptions? options = null, object? root = null) =>
        new RequestExecutor(builder.Build(), new RequestExecutorOptions { Execution = options ?? ExecutionOptions.Default })
            .ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, RootValue = root });

    private static ValueTask<object?> Value(object? value) => new(value);

    [Fact]
    public async Task Resolves_arguments_with_defaults_and_keeps_selection_order()
    {
        var builder = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "hello", c => Value("hello " + c.Arguments["name"]))
            .AddResolver("Query", "number", _ => Value(42));
        var result = await Run(builder, "{ n: number hello other: hello(name: \"you\") ... on Query { number } }");
        Assert.Equal("""{"data":{"n":42,"hello":"hello world","other":"hello you","number":42}}""", result.ToJson());
    }

    [Fact]
    public async Task A_null_in_a_non_null_field_nulls_the_nearest_nullable_parent()
    {
        var builder = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "child", _ => Value(new Dictionary<string, object?> { ["name"] = "a", ["strict"] = null }))
            .AddResolver("Query", "number", _ => Value(1));
        var result = await Run(builder, "{ child { name strict nick } number }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Child.strict.","locations":[{"line":1,"column":16}],"path":["child","strict"],"extensions":{"code":"INVALID_RESULT"}}],"data":{"child":null,"number":1}}""",
            result.ToJson());
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_nulls_the_list_and_reports_the_item_path()
    {
        var builder = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "children", _ => Value(new object?[] { new Dictionary<string, object?> { ["name"] = "a", ["strict"] = "s" }, null }));
        var result = await Run(builder, "{ children { name } }");
        Assert.Null(result.Data!["children"]);
        Assert.Equal(["children", 1], Assert.Single(result.Errors).Path!);
    }

    [Fact]
    public async Task A_non_null_root_field_error_nulls_data()
    {
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "strict", _ => Value(null));
        var result = await Run(builder, "{ strict }");
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Query.strict.","locations":[{"line":1,"column":3}],"path":["strict"],"extensions":{"code":"INVALID_RESULT"}}],"data":null}""", result.ToJson());
    }

    [Fact]
    public async Task Resolver_exception_messages_are_hidden_unless_details_are_enabled()
    {
        Exception? logged = null;
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "fail", _ => throw new InvalidOperationException("secret connection string"));
        var hidden = await Run(builder, "{ fail }", options: new ExecutionOptions { OnResolverException = (e, _) => logged = e });
        var error = Assert.Single(hidden.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal(ErrorCodes.InternalServerError, error.Code);
        Assert.DoesNotContain("secret", hidden.ToJson(), StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged);

        var shown = await Run(builder, "{ fail }", options: new ExecutionOptions { IncludeExceptionDetails = true });
        Assert.Equal("secret connection string", Assert.Single(shown.Errors).Message);
    }

    [Fact]
    public async Task GraphQL_exceptions_keep_their_message_and_code()
    {
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "fail", async _ =>
        {
            await Task.Yield();
            throw new GraphQLException("Study 12 does not exist.", ErrorCodes.NotFound);
        });
        var result = await Run(builder, "{ fail number }");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Study 12 does not exist.", error.Message);
        Assert.Equal(ErrorCodes.NotFound, error.Code);
        Assert.Equal(["fail"], error.Path!);
        Assert.Equal("""{"fail":null,"number":null}""", result.Data.ToJsonForTest());
    }

    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        // Each resolver waits for the other to have started: a serial executor would never finish.
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "hello", async _ =>
            {
                first.SetResult();
                await second.Task.WaitAsync(TimeSpan.FromSeconds(60));
                return "a";
            })
            .AddResolver("Query", "fail", async _ =>
            {
                second.SetResult();
                await first.Task.WaitAsync(TimeSpan.FromSeconds(60));
                return "b";
            });
        var result = await Run(builder, "{ hello fail }");
        Assert.Equal("""{"data":{"hello":"a","fail":"b"}}""", result.ToJson());
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_the_other()
    {
        var log = new List<string>();
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver("Mutation", "append", async c =>
        {
            var value = (string)c.Arguments["value"]!;
            log.Add("start " + value);
            await Task.Delay(value == "a" ? 50 : 1);
            log.Add("end " + value);
            return log.ToArray();
        });
        var result = await Run(builder, "mutation { a: append(value: \"a\") b: append(value: \"b\") }");
        Assert.Empty(result.Errors);
        Assert.Equal(["start a", "end a", "start b", "end b"], log);
    }

    [Fact]
    public async Task Errors_under_a_position_already_nulled_are_dropped()
    {
        // Both non-null fields fail asynchronously; "strict" is released only as "name" fails, so the
        // first error nulls "child" and the second is moot.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "child", _ => Value(new Dictionary<string, object?>()))
            .AddResolver("Child", "name", async _ =>
            {
                await Task.Yield();
                release.SetResult();
                throw new GraphQLException("first");
            })
            .AddResolver("Child", "strict", async _ =>
            {
                await release.Task;
                throw new GraphQLException("second");
            });
        var result = await Run(builder, "{ child { name strict } }");
        Assert.Equal("first", Assert.Single(result.Errors).Message);
        Assert.Null(result.Data!["child"]);
    }

    [Fact]
    public async Task Abstract_types_resolve_by_typename_or_by_type_resolver()
    {
        var byTypeName = SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "pet", _ => Value(new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom", ["meows"] = true }));
        var result = await Run(byTypeName, "{ pet { __typename name ... on Cat { meows } ... on Dog { barks } } }");
        Assert.Equal("""{"data":{"pet":{"__typename":"Cat","name":"Tom","meows":true}}}""", result.ToJson());

        var byResolver = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "pet", _ => Value(new Dictionary<string, object?> { ["name"] = "Rex" }))
            .AddTypeResolver("Pet", (_, _) => "Dog");
        result = await Run(byResolver, "{ pet { __typename name } }");
        Assert.Equal("""{"data":{"pet":{"__typename":"Dog","name":"Rex"}}}""", result.ToJson());
    }

    [Fact]
    public async Task Request_errors_have_no_data()
    {
        var builder = SchemaBuilder.FromSdl(Sdl);
        var variables = await Run(builder, "query ($n: String!) { hello(name: $n) }");
        Assert.False(variables.HasData);
        Assert.Equal("Variable \"$n\" of required type \"String!\" was not provided.", Assert.Single(variables.Errors).Message);
        Assert.Equal(ErrorCodes.BadUserInput, variables.Errors[0].Code);
        Assert.DoesNotContain("\"data\"", variables.ToJson(), StringComparison.Ordinal);

        var syntax = await Run(builder, "{ hello(");
        Assert.False(syntax.HasData);
        Assert.Equal(ErrorCodes.SyntaxError, Assert.Single(syntax.Errors).Code);

        var ambiguous = await Run(builder, "query A { number } query B { number }");
        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(ambiguous.Errors).Message);
    }

    [Fact]
    public async Task Variables_are_coerced_with_paths_in_messages()
    {
        var builder = SchemaBuilder.FromSdl(Sdl + "\ninput Filter { ids: [Int!]! }\nextend type Query { filtered(filter: Filter): String }");
        var result = await Run(builder, "query ($f: Filter) { filtered(filter: $f) }", new Dictionary<string, object?>
        {
            ["f"] = new Dictionary<string, object?> { ["ids"] = new List<object?> { 1L, "two" } },
        });
        Assert.Equal(
            "Variable \"$f\" got invalid value \"two\" at \"f.ids[1]\"; Int cannot represent non-integer value: \"two\"",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Cancellation_stops_execution()
    {
        using var cancellation = new CancellationTokenSource();
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "slow", async c =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return "never";
        });
        var executor = new RequestExecutor(builder.Build());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            executor.ExecuteAsync(new ExecutionRequest { Query = "{ slow(ms: 1) number }" }, cancellation.Token));
    }

    [Fact]
    public async Task Resolvers_still_running_after_a_cancellation_finish_their_cleanup()
    {
        using var cancellation = new CancellationTokenSource();
        var cleanedUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "slow", async _ =>
        {
            try
            {
                await cancellation.CancelAsync();
                await release.Task; // ignores the token: still waiting when the request gives up
                return "late";
            }
            finally
            {
                cleanedUp.SetResult();
            }
        });
        var executor = new RequestExecutor(builder.Build());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            executor.ExecuteAsync(new ExecutionRequest { Query = "{ slow(ms: 1) }" }, cancellation.Token));

        release.SetResult();
        await cleanedUp.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task ReportError_adds_an_error_without_failing_the_field()
    {
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "number", c =>
        {
            c.ReportError(new GraphQLError("partial result"));
            return Value(7);
        });
        var result = await Run(builder, "{ number }");
        Assert.Equal(7, result.Data!["number"]);
        Assert.Equal(["number"], Assert.Single(result.Errors).Path!);
    }

    [Fact]
    public async Task Custom_scalars_pass_structured_values_through()
    {
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "dictionary", _ =>
            Value(new Dictionary<string, object?> { ["a"] = new List<object?> { 1, "x", null }, ["b"] = 1.5 }));
        var result = await Run(builder, "{ dictionary }");
        Assert.Equal("""{"data":{"dictionary":{"a":[1,"x",null],"b":1.5}}}""", result.ToJson());
    }

    [Fact]
    public async Task An_operation_type_the_schema_lacks_is_an_error_with_null_data()
    {
        var result = await Run(SchemaBuilder.FromSdl(Sdl), "subscription { number }");
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("Schema is not configured to execute subscription operation.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Selected_fields_are_visible_to_resolvers()
    {
        IReadOnlyList<string>? seen = null;
        var builder = SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "child", c =>
        {
            seen = c.GetSelectedFields((ObjectType)c.Schema.GetType("Child")!).Select(f => f.Name.Value).ToList();
            return Value(new Dictionary<string, object?> { ["name"] = "n", ["strict"] = "s" });
        });
        await Run(builder, "query ($skip: Boolean!) { child { name ...F nick @skip(if: $skip) } } fragment F on Child { strict }", new Dictionary<string, object?> { ["skip"] = true });
        Assert.Equal(["name", "strict"], seen);
    }
}
