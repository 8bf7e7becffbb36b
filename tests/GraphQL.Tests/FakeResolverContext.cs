using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Tests.CodeFirst;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests;

/// <summary>A resolver context for calling resolvers without the executor.</summary>
public sealed class FakeResolverContext(Schema schema, ObjectType parentType, FieldDefinition field) : IResolverContext
{
    public object? Parent { get; init; }

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public FieldDefinition Field { get; } = field;

    public ObjectType ParentType { get; } = parentType;

    public IReadOnlyList<FieldNode> FieldNodes => throw new NotSupportedException();

    public string ResponseKey => Field.Name;

    public ResultPath Path => ResultPath.Root.Append(Field.Name);

    public Schema Schema { get; } = schema;

    public DocumentNode Document => throw new NotSupportedException();

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IReadOnlyDictionary<string, object?> Variables { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public IServiceProvider Services { get; init; } = new TestServices();

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public CancellationToken CancellationToken { get; init; }

    public DataLoaderScope DataLoaders { get; init; } = new(AutoBatchScheduler.Default);

    public T? Argument<T>(string name) => Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public IReadOnlyList<FieldNode> GetSelectedFields(ObjectType objectType) => [];

    public void ReportError(GraphQLError error)
    {
    }

    /// <summary>Calls the resolver of <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public static async Task<object?> ResolveAsync(
        Schema schema,
        string typeName,
        string fieldName,
        object? parent = null,
        IReadOnlyDictionary<string, object?>? arguments = null,
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        var field = type.Fields[fieldName];
        var context = new FakeResolverContext(schema, type, field)
        {
            Parent = parent,
            Arguments = arguments ?? new Dictionary<string, object?>(StringComparer.Ordinal),
            Services = services ?? new TestServices(),
            CancellationToken = cancellationToken,
        };
        return await (field.Resolver ?? schema.DefaultFieldResolver)(context);
    }
}
