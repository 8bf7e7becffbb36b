using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

/// <summary>An SDL-built schema with its bindings, run through the executor end to end.</summary>
public class SchemaBuilderExecutionTests
{
    [Fact]
    public async Task Executes_with_bound_resolvers_type_resolvers_enum_values_and_scalars()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query {
              greet(name: String = "world", mood: Mood = HAPPY): String
              pets: [Pet!]!
              today: Day
            }
            interface Pet { name: String! }
            type Dog implements Pet { name: String! barks: Boolean }
            type Cat implements Pet { name: String! lives: Int }
            enum Mood { HAPPY GRUMPY }
            scalar Day
            """)
            .AddResolver("Query", "greet", context =>
                new ValueTask<object?>($"{(context.Argument<int>("mood") == 1 ? "Hello" : "Hmpf")}, {context.Argument<string>("name")}"))
            .AddResolver("Query", "pets", _ => new ValueTask<object?>(new object[] { new DogValue("Rex"), new CatValue("Tom", 9) }))
            .AddResolver("Query", "today", _ => new ValueTask<object?>(new DateOnly(2024, 5, 17)))
            .AddResolvers("Dog", new Dictionary<string, FieldResolver>(StringComparer.Ordinal)
            {
                ["barks"] = _ => new ValueTask<object?>(true),
            })
            .AddTypeResolver("Pet", (value, _) => value is DogValue ? "Dog" : "Cat")
            .AddEnumValues("Mood", new Dictionary<string, object>(StringComparer.Ordinal) { ["HAPPY"] = 1, ["GRUMPY"] = 2 })
            .AddScalar(new DayScalar())
            .Build();

        var executor = new RequestExecutor(schema);
        var result = await executor.ExecuteAsync(new ExecutionRequest
        {
            Query = """
                {
                  a: greet
                  b: greet(name: "you", mood: GRUMPY)
                  pets { __typename name ... on Dog { barks } ... on Cat { lives } }
                  today
                }
                """,
        });

        Assert.Equal(
            """{"data":{"a":"Hello, world","b":"Hmpf, you","pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}],"today":"2024-05-17"}}""",
            ToJson(result));
    }

    private static string ToJson(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            result.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed record DogValue(string Name);

    private sealed record CatValue(string Name, int Lives);

    private sealed class DayScalar() : ScalarType("Day")
    {
        public override object? Serialize(object? value) =>
            value is DateOnly day ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : throw new GraphQLException("Not a day.");

        public override object? ParseValue(object? value) =>
            value is string text ? DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : throw new GraphQLException("Not a day.");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
            literal is StringValueNode s ? ParseValue(s.Value) : throw new GraphQLException("Not a day.");
    }
}
