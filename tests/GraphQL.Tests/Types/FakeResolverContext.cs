using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

/// <summary>Just enough of a resolver context to call a bound resolver directly (no executor involved).</summary>
internal sealed class FakeResolverContext(Schema schema, ObjectType parentType, FieldDefinition field, object? parent) : IResolverContext
{
    public object? Parent { get; } = parent;

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public FieldDefinition Field { get; } = field;

    public ObjectType ParentType { get; } = parentType;

    public IReadOnlyList<FieldNode> FieldNodes => throw new NotSupportedException();

    public string ResponseKey => Field.Name;

    public ResultPath Path => ResultPath.Root.Append(Field.Name);

    public Schema Schema { get; } = schema;

    public DocumentNode Document => throw new NotSupportedException();

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public IServiceProvider Services => throw new NotSupportedException();

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public CancellationToken CancellationToken => CancellationToken.None;

    public DataLoaderScope DataLoaders => throw new NotSupportedException();

    public T? Argument<T>(string name) => Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public IReadOnlyList<FieldNode> GetSelectedFields(ObjectType objectType) => throw new NotSupportedException();

    public void ReportError(GraphQLError error) => throw new NotSupportedException();

    /// <summary>Calls the resolver the schema would use for <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public static async Task<object?> Resolve(Schema schema, string typeName, string fieldName, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        var field = type.Fields[fieldName];
        var context = new FakeResolverContext(schema, type, field, parent)
        {
            Arguments = arguments ?? new Dictionary<string, object?>(StringComparer.Ordinal),
        };
        return await (field.Resolver ?? schema.DefaultFieldResolver)(context);
    }
}
