using System.Collections.Immutable;
using System.Globalization;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.CodeFirst;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Tests.CodeFirst;

// Resolver classes keep instance methods, as HotChocolate resolvers are written,
#pragma warning disable CA1822, MA0016 // and take concrete collections on purpose, to test the conversions to them
public class CodeFirstFeatureTests
{
    private static async Task<string> Run(Schema schema, string query, IServiceProvider? services = null, object? root = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await new RequestExecutor(schema, new RequestExecutorOptions { Execution = new ExecutionOptions { IncludeExceptionDetails = true } })
            .ExecuteAsync(new ExecutionRequest { Query = query, Services = services, RootValue = root, Variables = variables });
        return JsonAssert.Normalize(result.ToJson());
    }

    private static Schema Build<TQuery>(Action<CodeFirstSchemaBuilder>? configure = null)
    {
        var builder = new CodeFirstSchemaBuilder().AddQueryType<TQuery>();
        configure?.Invoke(builder);
        return builder.Build();
    }

    // ---- Root instances ----------------------------------------------------------------------------

    public sealed class CounterQuery
    {
        private int _calls;

        public int Next() => Interlocked.Increment(ref _calls);
    }

    public static class StaticQuery
    {
        public static string Hello(string name = "world") => "hello " + name;

        public static int Answer => 42;
    }

    public sealed class NeedsServices(string greeting)
    {
        public string Greet() => greeting;
    }

    [Fact]
    public async Task Root_instances_come_from_services_else_one_per_schema()
    {
        var schema = Build<CounterQuery>();
        Assert.Equal("""{"data":{"next":1}}""", await Run(schema, "{ next }"));
        Assert.Equal("""{"data":{"next":2}}""", await Run(schema, "{ next }"));

        var scoped = new CounterQuery();
        var services = new TestServices().Add(scoped);
        Assert.Equal("""{"data":{"next":1}}""", await Run(schema, "{ next }", services));
        Assert.Equal("""{"data":{"next":2}}""", await Run(schema, "{ next }", services));
        Assert.Equal("""{"data":{"next":3}}""", await Run(schema, "{ next }"));

        Assert.Equal("""{"data":{"next":1}}""", await Run(schema, "{ next }", root: new CounterQuery()));
    }

    [Fact]
    public async Task Static_root_classes_need_no_instance()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType(typeof(StaticQuery)).Build();
        Assert.Equal(["answer: Int!", "hello(name: String! = \"world\"): String!"], SchemaText.Fields(schema, "Query"));
        Assert.Equal("""{"data":{"hello":"hello world","answer":42,"you":"hello you"}}""", await Run(schema, "{ hello answer you: hello(name: \"you\") }"));
    }

    [Fact]
    public async Task Root_types_without_a_parameterless_constructor_must_be_services()
    {
        var schema = Build<NeedsServices>();
        Assert.Equal("""{"data":{"greet":"hi"}}""", await Run(schema, "{ greet }", new TestServices().Add(new NeedsServices("hi"))));
        var missing = await Run(schema, "{ greet }");
        Assert.Contains("CodeFirstFeatureTests.NeedsServices is not registered in the request's services and has no public parameterless constructor", missing, StringComparison.Ordinal);
    }

    // ---- Scalars and conversions -------------------------------------------------------------------

    public sealed class ConversionQuery
    {
        public long Big => long.MaxValue;

        public uint Unsigned => 4_000_000_000;

        public float Ratio => 0.5f;

        public short Small => -3;

        public Guid Key => Guid.Parse("2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10");

        public Uri Link => new("https://example.com/a");

        public DateTime When => new(2024, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);

        public string Scalars(DateTimeOffset at, DateTime when, DateOnly day, Guid id, long big, Uri link, float ratio, decimal price, short small, byte tiny) =>
            string.Join("|", at.ToString("O", CultureInfo.InvariantCulture), when.ToString("O", CultureInfo.InvariantCulture), day.ToString("O", CultureInfo.InvariantCulture), id, big, link, ratio.ToString(CultureInfo.InvariantCulture), price.ToString(CultureInfo.InvariantCulture), small, tiny);

        public string Collections(HashSet<string> set, ImmutableArray<int> array, IEnumerable<ClinicalModel.StudyStatus> statuses, List<List<int>> nested, int?[] maybe) =>
            string.Join("|", string.Join(",", set.Order(StringComparer.Ordinal)), string.Join(",", array), string.Join(",", statuses), string.Join(",", nested.Select(n => n.Sum())), string.Join(",", maybe.Select(m => m?.ToString(CultureInfo.InvariantCulture) ?? "null")));

        public string Ids([ID] Guid guid, [ID] long number, [ID] IReadOnlyList<int> many) => $"{guid}|{number}|{many.Sum()}";

        [ID]
        public IReadOnlyList<int> IdList => [1, 2];
    }

    [Fact]
    public async Task Clr_scalars_map_to_GraphQL_scalars()
    {
        var schema = Build<ConversionQuery>();
        Assert.Equal(
            [
                "big: Long!", "unsigned: Long!", "ratio: Float!", "small: Int!", "key: UUID!", "link: URL!", "when: DateTime!",
                "idList: [ID!]!",
                "scalars(at: DateTime!, when: DateTime!, day: Date!, id: UUID!, big: Long!, link: URL!, ratio: Float!, price: Float!, small: Int!, tiny: Int!): String!",
                "collections(set: [String!]!, array: [Int!]!, statuses: [StudyStatus!]!, nested: [[Int!]!]!, maybe: [Int]!): String!",
                "ids(guid: ID!, number: ID!, many: [ID!]!): String!",
            ],
            SchemaText.Fields(schema, "Query"));
        Assert.Equal(
            """{"data":{"big":9223372036854775807,"unsigned":4000000000,"ratio":0.5,"small":-3,"key":"2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10","link":"https://example.com/a","when":"2024-01-02T03:04:05.678Z","idList":["1","2"]}}""",
            await Run(schema, "{ big unsigned ratio small key link when idList }"));
    }

    [Fact]
    public async Task Arguments_are_converted_to_the_parameter_types()
    {
        var schema = Build<ConversionQuery>();
        var result = await Run(schema, """
            {
              scalars(at: "2024-05-01T10:00:00.5+02:00", when: "2024-05-01T10:00:00Z", day: "2024-05-01", id: "2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10",
                      big: 9007199254740993, link: "https://example.com/x", ratio: 1.5, price: 9.99, small: -7, tiny: 255)
              collections(set: ["b", "a", "b"], array: [1, 2], statuses: [CLOSED, PLANNED], nested: [[1, 2], [3]], maybe: [1, null])
              ids(guid: "2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10", number: 12345678901, many: [1, "2", 3])
            }
            """);
        Assert.Equal(
            """{"data":{"scalars":"2024-05-01T10:00:00.5000000+02:00|2024-05-01T10:00:00.0000000Z|2024-05-01|2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10|9007199254740993|https://example.com/x|1.5|9.99|-7|255","collections":"a,b|1,2|Closed,Planned|3,3|1,null","ids":"2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10|12345678901|6"}}""",
            result);
    }

    [Fact]
    public async Task Conversion_failures_are_field_errors()
    {
        var schema = Build<ConversionQuery>();
        var result = await Run(schema, """{ ids(guid: "nope", number: 1, many: []) }""");
        Assert.Contains("\"message\":\"Cannot convert \\\"nope\\\" to System.Guid.\"", result, StringComparison.Ordinal);
        result = await Run(schema, """{ scalars(at: "2024-05-01T10:00:00Z", when: "2024-05-01T10:00:00Z", day: "2024-05-01", id: "2f1c8e4c-57a1-4c0e-9c76-2b5f0c1b7f10", big: 1, link: "https://x.org", ratio: 1, price: 1, small: 1, tiny: 300) }""");
        Assert.Contains("\"message\":\"Cannot convert 300 to System.Byte.\"", result, StringComparison.Ordinal);
    }

    // ---- Interfaces --------------------------------------------------------------------------------

    [InterfaceType]
    public abstract class Shape
    {
        public abstract double Area { get; }

        public string Kind => GetType().Name.ToUpperInvariant();
    }

    public sealed class Circle(double radius) : Shape
    {
        public double Radius => radius;

        public override double Area => Math.Round(Math.PI * radius * radius, 2);
    }

    public sealed class Square(double side) : Shape
    {
        public double Side => side;

        public override double Area => side * side;
    }

    public interface INamed
    {
        string Name { get; }
    }

    public interface IEntity : INamed
    {
        [ID]
        int Id { get; }
    }

    public sealed class Thing : IEntity
    {
        int IEntity.Id => 7;

        public string Name => "thing";
    }

    public sealed class ShapeQuery
    {
        public IReadOnlyList<Shape> Shapes() => [new Circle(1), new Square(2)];

        public IEntity Entity() => new Thing();
    }

    [Fact]
    public void Base_interfaces_are_GraphQL_interfaces_only_when_part_of_the_schema()
    {
        var schema = Build<ShapeQuery>(b => b.AddType<Thing>());
        Assert.Null(schema.GetType("Named"));
        Assert.Equal(["Entity"], ((ObjectType)schema.GetType("Thing")!).Interfaces.Select(i => i.Name).ToArray());
        Assert.Equal(["name: String!", "id: ID!"], SchemaText.Fields(schema, "Entity"));
    }

    [Fact]
    public async Task Abstract_classes_marked_InterfaceType_and_interface_hierarchies_are_interfaces()
    {
        var schema = Build<ShapeQuery>(b => b.AddType<Circle>().AddType<Square>().AddType<Thing>().AddType<INamed>());
        Assert.Equal(["area: Float!", "kind: String!"], SchemaText.Fields(schema, "Shape"));
        Assert.Equal(["area: Float!", "kind: String!", "radius: Float!"], SchemaText.Fields(schema, "Circle"));
        Assert.IsType<InterfaceType>(schema.GetType("Shape"));
        Assert.Equal(["Named"], ((InterfaceType)schema.GetType("Entity")!).Interfaces.Select(i => i.Name).ToArray());
        Assert.Equal(["Named", "Entity"], ((ObjectType)schema.GetType("Thing")!).Interfaces.Select(i => i.Name).ToArray());
        Assert.Equal(["name: String!", "id: ID!"], SchemaText.Fields(schema, "Thing"));
        Assert.Equal(["name: String!", "id: ID!"], SchemaText.Fields(schema, "Entity"));

        Assert.Equal(
            """{"data":{"shapes":[{"__typename":"Circle","kind":"CIRCLE","area":3.14,"radius":1},{"__typename":"Square","kind":"SQUARE","area":4,"side":2}],"entity":{"__typename":"Thing","id":"7","name":"thing"}}}""",
            await Run(schema, "{ shapes { __typename kind area ... on Circle { radius } ... on Square { side } } entity { __typename id name } }"));
    }

    // ---- Generic types, type overrides and custom scalars -----------------------------------------

    // C# records T and T? apart only for constrained type parameters; unconstrained ones read as nullable.
    public sealed record Page<T>(IReadOnlyList<T> Items, int Total)
        where T : notnull;

    public sealed record Box<T>(T Value, IReadOnlyList<T> Values);

    public readonly record struct Money(decimal Amount, string Currency);

    public sealed class MoneyScalar() : ScalarType("Money")
    {
        public override object? Serialize(object? value) => value is Money money
            ? money.Amount.ToString(CultureInfo.InvariantCulture) + " " + money.Currency
            : throw new GraphQLException("Money cannot represent value: " + ValueInspector.Inspect(value));

        public override object? ParseValue(object? value) => value is string s && s.Split(' ') is [var amount, var currency]
            ? new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), currency)
            : throw new GraphQLException("Money cannot represent value: " + ValueInspector.Inspect(value));

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
            literal is StringValueNode s ? ParseValue(s.Value) : throw new GraphQLException("Money cannot represent a non string value.");
    }

    public sealed class GenericQuery
    {
        public Page<ClinicalModel.Sponsor> Sponsors() => new(ClinicalData.Sponsors, ClinicalData.Sponsors.Count);

        public Page<int> Numbers() => new([1, 2], 2);

        public Box<ClinicalModel.Sponsor> Box() => new(ClinicalData.Sponsors[0], ClinicalData.Sponsors);

        [GraphQLType("Long!")]
        public int Count => 5;

        [GraphQLType("JSON")]
        public object Data => new Dictionary<string, object?>(StringComparer.Ordinal) { ["a"] = 1 };

        public Money Price => new(9.5m, "EUR");

        public string Double(Money price) => (price.Amount * 2).ToString(CultureInfo.InvariantCulture) + " " + price.Currency;

        public string Echo([GraphQLType("[String!]")] IReadOnlyList<string>? values) => values is null ? "none" : string.Join(",", values);
    }

    [Fact]
    public async Task Generic_types_are_named_after_their_arguments_and_types_can_be_overridden()
    {
        var schema = Build<GenericQuery>(b => b.AddScalar<Money>(new MoneyScalar()).AddType(new AnyScalarType("JSON")));
        Assert.Equal(
            ["count: Long!", "data: JSON", "price: Money!", "sponsors: SponsorPage!", "numbers: IntPage!", "box: SponsorBox!", "double(price: Money!): String!", "echo(values: [String!]): String!"],
            SchemaText.Fields(schema, "Query"));
        Assert.Equal(["items: [Sponsor!]!", "total: Int!"], SchemaText.Fields(schema, "SponsorPage"));
        Assert.Equal(["value: Sponsor", "values: [Sponsor]!"], SchemaText.Fields(schema, "SponsorBox"));
        Assert.Equal(
            """{"data":{"count":5,"data":{"a":1},"price":"9.5 EUR","double":"19.0 EUR","numbers":{"items":[1,2],"total":2},"echo":"a,b","none":"none"}}""",
            await Run(schema, """{ count data price double(price: "9.5 EUR") numbers { items total } echo(values: ["a", "b"]) none: echo }"""));
    }

    [Fact]
    public void A_scalar_added_under_a_default_name_replaces_the_default_one()
    {
        var mine = new DateTimeType();
        var schema = Build<ConversionQuery>(b => b.AddScalar(mine));
        Assert.Same(mine, schema.GetType("DateTime"));
    }

    // ---- Input objects -----------------------------------------------------------------------------

    public sealed class Range
    {
        public Range(int from, int to = 10)
        {
            Span = to - from;
        }

        public int Span { get; }
    }

    public sealed record TreeInput(string Name, IReadOnlyList<TreeInput>? Children = null);

    [GraphQLName("Options")]
    public sealed class SearchOptions
    {
        [GraphQLName("q")]
        public string Query { get; set; } = "";

        [GraphQLIgnore]
        public string Secret { get; set; } = "unset";

        [System.ComponentModel.Description("Maximum hits.")]
        public int? Limit { get; init; }

        public string Describe() => $"{Query}/{Secret}/{Limit}";
    }

    public sealed class InputQuery
    {
        public int Span(Range range) => range.Span;

        public int Count(TreeInput tree) => 1 + (tree.Children?.Sum(Count) ?? 0);

        public string Search(SearchOptions options) => options.Describe();
    }

    [Fact]
    public async Task Input_objects_from_constructors_recursive_records_and_renamed_classes()
    {
        var schema = Build<InputQuery>();
        Assert.Equal(["from: Int!", "to: Int! = 10"], SchemaText.Fields(schema, "RangeInput"));
        Assert.Equal(["name: String!", "children: [TreeInput!]"], SchemaText.Fields(schema, "TreeInput"));
        Assert.Equal(["q: String!", "limit: Int"], SchemaText.Fields(schema, "Options"));
        Assert.Equal("Maximum hits.", ((InputObjectType)schema.GetType("Options")!).Fields["limit"].Description);
        Assert.Equal(
            """{"data":{"span":7,"defaulted":9,"count":4,"search":"x/unset/3"}}""",
            await Run(schema, """{ span(range: { from: 1, to: 8 }) defaulted: span(range: { from: 1 }) count(tree: { name: "a", children: [{ name: "b", children: [{ name: "c" }] }, { name: "d" }] }) search(options: { q: "x", limit: 3 }) }"""));
    }

    // ---- DataLoader --------------------------------------------------------------------------------

    public sealed record Item(int Id);

    public sealed class ItemNameLoader(IBatchScheduler scheduler) : BatchDataLoader<int, string>(scheduler)
    {
        private static int _batches;

        public static int Batches => Volatile.Read(ref _batches);

        protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _batches);
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            return keys.ToDictionary(k => k, k => "item-" + k);
        }
    }

    public sealed class ItemQuery
    {
        public IEnumerable<Item> Items(int count) => Enumerable.Range(1, count).Select(i => new Item(i));

        public bool HasRequestState(DataLoaderScope loaders, IServiceProvider services) => loaders.Scheduler is not null && services is not null;
    }

    [ExtendObjectType(typeof(Item))]
    public sealed class ItemResolvers
    {
        public Task<string?> GetNameAsync([Parent] Item item, ItemNameLoader names, CancellationToken cancellationToken) =>
            names.LoadAsync(item.Id, cancellationToken);
    }

    [Fact]
    public async Task A_DataLoader_parameter_batches_the_keys_of_a_hundred_list_items_into_one_call()
    {
        var schema = Build<ItemQuery>(b => b.AddTypeExtension<ItemResolvers>());
        Assert.Equal(["id: Int!", "name: String"], SchemaText.Fields(schema, "Item"));
        Assert.Equal(["items(count: Int!): [Item!]!", "hasRequestState: Boolean!"], SchemaText.Fields(schema, "Query"));
        Assert.Equal("""{"data":{"hasRequestState":true}}""", await Run(schema, "{ hasRequestState }"));
        var before = ItemNameLoader.Batches;
        var result = await Run(schema, "{ items(count: 100) { id name } }");
        Assert.Equal(1, ItemNameLoader.Batches - before);
        Assert.Contains("{\"id\":100,\"name\":\"item-100\"}", result, StringComparison.Ordinal);
        Assert.DoesNotContain("errors", result, StringComparison.Ordinal);
    }

    // ---- Extensions of root types ------------------------------------------------------------------

    [ExtendObjectType("Query")]
    public static class MoreQueries
    {
        public static string Extra([Parent] StaticQueryHolder holder) => "extra " + holder.Tag;
    }

    public sealed class StaticQueryHolder
    {
        public string Tag => "tag";
    }

    [Fact]
    public async Task Root_types_can_be_extended_by_name()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<StaticQueryHolder>().AddTypeExtension(typeof(MoreQueries)).Build();
        Assert.Equal(["tag: String!", "extra: String!"], SchemaText.Fields(schema, "Query"));
        Assert.Equal("""{"data":{"tag":"tag","extra":"extra tag"}}""", await Run(schema, "{ tag extra }"));
    }
}
