using System.Globalization;
using System.Runtime.CompilerServices;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.AspNetCore.Tests;

/// <summary>A schema for the transport tests: plain fields, a variable, resolvers that throw, a mutation, a field that waits for cancellation.</summary>
public static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          echo(value: String!): String!
          fail: String
          failNonNull: String!
          scopeId: String
          dataLoaderScopeId: String!
          waitForCancellation: Boolean
        }

        type Mutation {
          increment: Int!
        }
        """;

    public static Schema Create(TestProbe? probe = null)
    {
        probe ??= new TestProbe();
        return SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "hello", c => new ValueTask<object?>($"Hello, {c.Argument<string>("name")}!"))
            .AddResolver("Query", "echo", c => new ValueTask<object?>(c.Argument<string>("value")))
            .AddResolver("Query", "fail", _ => throw new InvalidOperationException("secret detail: the password is hunter2"))
            .AddResolver("Query", "failNonNull", _ => throw new InvalidOperationException("boom"))
            .AddResolver("Query", "scopeId", c => new ValueTask<object?>((c.Services.GetService(typeof(RequestScopeMarker)) as RequestScopeMarker)?.Id))
            .AddResolver("Query", "dataLoaderScopeId", c => new ValueTask<object?>(RuntimeHelpers.GetHashCode(c.DataLoaders).ToString(CultureInfo.InvariantCulture)))
            .AddResolver("Query", "waitForCancellation", async c =>
            {
                // Observed on the token itself: what the transport owes is that the request's abort reaches it.
                using var registration = c.CancellationToken.Register(() => probe.Cancelled.TrySetResult());
                probe.Started.TrySetResult();
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return false;
            })
            .AddResolver("Mutation", "increment", _ => new ValueTask<object?>(probe.Increment()))
            .Build();
    }
}
