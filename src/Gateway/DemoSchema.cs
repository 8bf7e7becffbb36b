using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway;

/// <summary>
/// The gateway's schema for now: a small demo, in this one place, until the ECLAIRE/Posos schema
/// replaces it. Only <c>Query.hello</c> is relied on by the transport's tests (with <c>__typename</c> and
/// introspection).
/// </summary>
internal static class DemoSchema
{
    private static readonly string[] MediaTypes = ["application/graphql-response+json", "application/json"];

    public const string Sdl = """
        "The demo gateway's queries (replaced by the ECLAIRE/Posos schema)."
        type Query {
          "Greets someone: `Hello, <name>!`."
          hello(name: String = "world"): String!
          "Adds two integers."
          add(a: Int!, b: Int!): Int!
          "Echoes a message, as often as asked."
          echo(message: String!, times: Int = 1): [String!]!
          "Facts about this server."
          server: ServerInfo!
        }

        "Facts about the running server."
        type ServerInfo {
          "The GraphQL transport's name."
          name: String!
          "The time the server answered, in UTC, ISO 8601."
          time: String!
          "The GraphQL-over-HTTP media types the endpoint answers with."
          mediaTypes: [String!]!
        }
        """;

    public static Schema Create(TimeProvider time) => SchemaBuilder.FromSdl(Sdl)
        .AddResolver("Query", "hello", context => new ValueTask<object?>($"Hello, {context.Argument<string>("name")}!"))
        .AddResolver("Query", "add", context => new ValueTask<object?>(checked(context.Argument<int>("a") + context.Argument<int>("b"))))
        .AddResolver("Query", "echo", context => new ValueTask<object?>(Echo(context)))
        .AddResolver("Query", "server", _ => new ValueTask<object?>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = "Gateway.GraphQL.AspNetCore",
            ["time"] = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["mediaTypes"] = MediaTypes,
        }))
        .Build();

    private static List<string> Echo(IResolverContext context)
    {
        var message = context.Argument<string>("message") ?? string.Empty;
        var times = Math.Clamp(context.Argument<int>("times"), 0, 100);
        return [.. Enumerable.Repeat(message, times)];
    }
}
