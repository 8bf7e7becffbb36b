using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The context of one field resolution. The executor reuses an instance once its resolver has
/// completed synchronously (most resolvers do), so a context is valid only while its resolver runs.
/// </summary>
internal sealed class ResolverContext : IResolverContext
{
    private OperationExecutor execution = null!;
    private ObjectType parentType = null!;
    private object? parent;
    private FieldGroup group = null!;
    private IReadOnlyDictionary<string, object?> arguments = null!;
    private ResultNode container = null!;
    private int index;
    private ResultPath? _path;

    public ResolverContext Initialize(
        OperationExecutor execution,
        ObjectType parentType,
        object? parent,
        FieldGroup group,
        IReadOnlyDictionary<string, object?> arguments,
        ResultNode container,
        int index)
    {
        this.execution = execution;
        this.parentType = parentType;
        this.parent = parent;
        this.group = group;
        this.arguments = arguments;
        this.container = container;
        this.index = index;
        _path = null;
        DynamicCacheHint = null;
        return this;
    }

    /// <summary>Drops the references of the last resolution, so that nothing is kept alive by a spare context.</summary>
    public void Clear()
    {
        parent = null;
        arguments = null!;
        container = null!;
        group = null!;
        _path = null;
    }

    /// <summary>The hint the resolver set, if any (read once the resolver completes).</summary>
    public CacheHint? DynamicCacheHint { get; private set; }

    public object? Parent => parent;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public FieldDefinition Field => group.Definition!;

    public ObjectType ParentType => parentType;

    public IReadOnlyList<FieldNode> FieldNodes => group.Nodes;

    public string ResponseKey => group.ResponseKey;

    public ResultPath Path => _path ??= BuildPath();

    public Schema Schema => execution.Schema;

    public DocumentNode Document => execution.Document;

    public OperationDefinitionNode Operation => execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => execution.Variables;

    public IServiceProvider Services => execution.Services;

    public IDictionary<string, object?> ContextData => execution.ContextData;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public DataLoaderScope DataLoaders => execution.DataLoaders;

    public T? Argument<T>(string name)
    {
        if (!arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        return (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<FieldNode> GetSelectedFields(ObjectType objectType)
    {
        var collected = execution.Collector.CollectSubFields(objectType, group);
        var nodes = new FieldNode[collected.Groups.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = collected.Groups[i].First;
        }

        return nodes;
    }

    public void SetCacheHint(CacheHint hint) => DynamicCacheHint = hint;

    public void ReportError(GraphQLError error) => execution.AddError(error.Path is null ? error.WithPath(container.PathOf(index), ExecutionErrors.LocationsOf(group.Nodes)) : error);

    private ResultPath BuildPath()
    {
        var path = ResultPath.Root;
        foreach (var segment in container.PathOf(index))
        {
            path = segment is int i ? path.Append(i) : path.Append((string)segment);
        }

        return path;
    }
}
