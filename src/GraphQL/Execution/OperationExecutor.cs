using System.Collections;
using System.Text.Json;
using Gateway.GraphQL.CacheControl;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec section 6.3-6.4): root fields concurrently for queries and serially
/// for mutations, value completion into a result tree, and field errors with null propagation. It
/// follows graphql-js where the spec leaves room (sibling fields stop once their object is nulled;
/// errors under an already-nulled position are dropped), so results match the reference.
/// Synchronous resolvers complete inline; asynchronous ones resume on the execution's own loop
/// (<see cref="ExecutionSynchronizationContext"/>), and DataLoader batches dispatch when the loop has
/// nothing else to run.
/// </summary>
internal sealed class OperationExecutor : IDisposable
{
    private readonly ExecutionSynchronizationContext _loop = new();
    private readonly ExecutionBatchScheduler _scheduler;
    private readonly ExecutionOptions _options;
    private readonly List<GraphQLError> _errors = [];
    private readonly CachePolicyAccumulator? _cachePolicy;
    private IDictionary<string, object?>? _contextData;
    private int _outstanding;
    private volatile bool _finished;
    private ResolverContext? _spareContext;

    public OperationExecutor(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionRequest request,
        ExecutionOptions options,
        CancellationToken cancellationToken,
        CacheHintIndex? cacheHints = null)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        Variables = variables;
        Services = request.Services ?? EmptyServiceProvider.Instance;
        _contextData = request.ContextData;
        CancellationToken = cancellationToken;
        _options = options;
        _scheduler = new ExecutionBatchScheduler(_loop);
        DataLoaders = request.DataLoaders ?? new DataLoaderScope(_scheduler, request.Services);
        Collector = new FieldCollector(schema, fragments, variables);
        _cachePolicy = cacheHints is not null && options.CacheControl.Enabled && operation.Operation == OperationType.Query
            ? new CachePolicyAccumulator(cacheHints)
            : null;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public IDictionary<string, object?> ContextData => _contextData ??= new Dictionary<string, object?>(StringComparer.Ordinal);

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope DataLoaders { get; }

    public FieldCollector Collector { get; }

    /// <summary>The scheduler DataLoaders of this execution should use.</summary>
    public IBatchScheduler BatchScheduler => _scheduler;

    public async Task<ExecutionResult> ExecuteAsync(object? rootValue)
    {
        var rootType = Schema.GetRootType(Operation.Operation);
        if (rootType is null)
        {
            var name = Operation.Operation.ToString().ToLowerInvariant();
            return ExecutionResult.FromData(null, [GraphQLError.WithCode(
                $"Schema is not configured to execute {name} operation.",
                ErrorCodes.OperationNotSupported,
                ExecutionErrors.LocationsOf(Operation))]);
        }

        var previous = EnterLoop();
        ResultMap root;
        CollectedFields fields;
        try
        {
            try
            {
                fields = Collector.Collect(rootType, Operation.SelectionSet);
            }
            catch (GraphQLException error)
            {
                return ExecutionResult.FromData(null, error.Errors);
            }

            root = new ResultMap(fields.Keys, fields.NonNull, null, -1);
            if (Operation.Operation != OperationType.Mutation)
            {
                ExecuteFields(rootType, rootValue, fields, root);
            }
        }
        finally
        {
            ExitLoop(previous);
        }

        if (Operation.Operation == OperationType.Mutation)
        {
            // Mutation fields run one after the other, each completely (spec 6.2.2).
            for (var i = 0; i < fields.Groups.Length && !root.IsNulled; i++)
            {
                previous = EnterLoop();
                try
                {
                    ExecuteField(rootType, rootValue, fields.Groups[i], root, i);
                }
                finally
                {
                    ExitLoop(previous);
                }

                await RunUntilIdleAsync().ConfigureAwait(false);
            }
        }
        else
        {
            await RunUntilIdleAsync().ConfigureAwait(false);
        }

        var result = ExecutionResult.FromData(root.IsNulled ? null : root, _errors);
        if (_cachePolicy is not null && _errors.Count == 0 && !root.IsNulled)
        {
            result.CachePolicy = _cachePolicy.ToPolicy();
        }

        return result;
    }

    public void AddError(GraphQLError error)
    {
        if (_errors.Count < _options.MaxErrors)
        {
            _errors.Add(error);
        }
    }

    public void Dispose()
    {
        // From here on, resolvers still running (after a cancellation) must not touch the result.
        _finished = true;
        _loop.Dispose();
    }

    private ResolverContext RentContext(ObjectType parentType, object? source, FieldGroup group, ResultNode container, int index)
    {
        var context = _spareContext ?? new ResolverContext();
        _spareContext = null;
        return context.Initialize(this, parentType, source, group, group.Arguments!, container, index);
    }

    private void ReturnContext(ResolverContext context)
    {
        context.Clear();
        _spareContext = context;
    }

    private static void ExitLoop(SynchronizationContext? previous) => SynchronizationContext.SetSynchronizationContext(previous);

    private SynchronizationContext? EnterLoop()
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_loop);
        return previous;
    }

    private async Task RunUntilIdleAsync()
    {
        while (true)
        {
            var previous = EnterLoop();
            try
            {
                while (true)
                {
                    while (_loop.TryRunOne())
                    {
                    }

                    // Nothing runnable is left: every pending resolver waits. Now is the time to send
                    // the DataLoader batches their keys have filled.
                    if (!_scheduler.DispatchAll())
                    {
                        break;
                    }
                }
            }
            finally
            {
                ExitLoop(previous);
            }

            if (_outstanding == 0)
            {
                return;
            }

            await _loop.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    private void ExecuteFields(ObjectType type, object? source, CollectedFields fields, ResultMap map)
    {
        var groups = fields.Groups;
        for (var i = 0; i < groups.Length; i++)
        {
            if (map.IsNulled)
            {
                // A non-null field of this object failed: the object is null, its other fields moot.
                return;
            }

            ExecuteField(type, source, groups[i], map, i);
        }
    }

    private void ExecuteField(ObjectType parentType, object? source, FieldGroup group, ResultNode container, int index)
    {
        var definition = group.Definition;
        if (definition is null)
        {
            return;
        }

        CancellationToken.ThrowIfCancellationRequested();
        if (!group.HasArgumentsCache)
        {
            try
            {
                group.CacheArguments(ArgumentCoercion.Coerce(definition.Arguments, group.First.Arguments, group.First, Variables, _options.RedactInputValues), null);
            }
            catch (GraphQLException error)
            {
                group.CacheArguments(null, error);
            }
        }

        if (group.ArgumentsError is { } argumentsError)
        {
            HandleErrors(argumentsError.Errors, group, container, index);
            return;
        }

        var context = RentContext(parentType, source, group, container, index);
        var resolver = definition.Resolver ?? Schema.DefaultFieldResolver;
        ValueTask<object?> pending;
        try
        {
            pending = resolver(context);
        }
        catch (Exception exception)
        {
            ReturnContext(context);
            HandleException(exception, group, container, index);
            return;
        }

        if (pending.IsCompletedSuccessfully)
        {
            // The resolver is done with its context: the next field reuses it.
            var value = pending.Result;
            AddToCachePolicy(parentType, group, context.DynamicCacheHint);
            ReturnContext(context);
            CompleteValue(parentType, group, definition.Type, value, container, index);
            return;
        }

        container.SetSlot(index, null);
        _outstanding++;
        _ = AwaitFieldAsync(pending, context, parentType, group, definition.Type, container, index);
    }

    private void AddToCachePolicy(ObjectType parentType, FieldGroup group, CacheHint? dynamicHint)
    {
        if (_cachePolicy is null)
        {
            return;
        }

        var hint = group.CacheHint ??= _cachePolicy.Index.ForField(parentType, group.Definition!);
        _cachePolicy.AddField(hint, dynamicHint);
    }

    // Resumes on the execution loop (the context current when the resolver was called).
#pragma warning disable CA2007, MA0004
    private async Task AwaitFieldAsync(ValueTask<object?> pending, ResolverContext context, ObjectType parentType, FieldGroup group, GraphQLType type, ResultNode container, int index)
    {
        object? value;
        try
        {
            value = await pending;
        }
        catch (Exception exception)
        {
            if (_finished)
            {
                return;
            }

            _outstanding--;
            HandleException(exception, group, container, index);
            return;
        }

        if (_finished)
        {
            return;
        }

        _outstanding--;
        if (!container.IsDiscarded)
        {
            AddToCachePolicy(parentType, group, context.DynamicCacheHint);
            CompleteValue(parentType, group, type, value, container, index);
        }
    }
#pragma warning restore CA2007, MA0004

    private void CompleteValue(ObjectType parentType, FieldGroup group, GraphQLType type, object? value, ResultNode container, int index)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            value = null;
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                HandleError(
                    GraphQLError.WithCode($"Cannot return null for non-nullable field {parentType.Name}.{group.Definition!.Name}.", ErrorCodes.InvalidResult),
                    group,
                    container,
                    index);
                return;
            }

            type = nonNull.OfType;
        }

        if (value is null)
        {
            container.SetSlot(index, null);
            return;
        }

        switch (type)
        {
            case ScalarType scalar:
                CompleteLeaf(scalar, static (t, v) => ((ScalarType)t).Serialize(v), group, value, container, index);
                return;
            case EnumType enumType:
                CompleteLeaf(enumType, static (t, v) => ((EnumType)t).Serialize(v), group, value, container, index);
                return;
            case ObjectType objectType:
                CompleteObject(parentType, objectType, group, value, container, index);
                return;
            case ListType list:
                CompleteList(parentType, list, group, value, container, index);
                return;
            case InterfaceType or UnionType:
                var runtimeType = ResolveRuntimeType((NamedType)type, parentType, group, value, container, index);
                if (runtimeType is not null)
                {
                    if (_cachePolicy is not null && group.CacheHint is { } fieldHint)
                    {
                        _cachePolicy.AddRuntimeType(fieldHint, runtimeType);
                    }

                    CompleteObject(parentType, runtimeType, group, value, container, index);
                }

                return;
        }
    }

    private void CompleteLeaf(NamedType type, Func<NamedType, object?, object?> serialize, FieldGroup group, object value, ResultNode container, int index)
    {
        object? serialized;
        try
        {
            serialized = serialize(type, value is JsonElement element ? JsonInput.ToPlainValue(element) : value);
        }
        catch (Exception exception)
        {
            HandleException(exception, group, container, index, ErrorCodes.InvalidResult);
            return;
        }

        if (serialized is null)
        {
            HandleError(
                GraphQLError.WithCode($"Expected `{type.Name}.serialize({ValueInspector.Inspect(value)})` to return non-nullable value, returned: null", ErrorCodes.InvalidResult),
                group,
                container,
                index);
            return;
        }

        container.SetSlot(index, serialized);
    }

    private void CompleteList(ObjectType parentType, ListType type, FieldGroup group, object value, ResultNode container, int index)
    {
        IReadOnlyList<object?>? items = value switch
        {
            string => null,
            IReadOnlyList<object?> list when !InputValueCoercion.IsInputObject(value) => list,
            JsonElement { ValueKind: JsonValueKind.Array } element => element.EnumerateArray().Select(e => (object?)e).ToList(),
            IEnumerable enumerable when !InputValueCoercion.IsInputObject(value) => enumerable.Cast<object?>().ToList(),
            _ => null,
        };

        if (items is null)
        {
            HandleError(
                GraphQLError.WithCode($"Expected Iterable, but did not find one for field \"{parentType.Name}.{group.Definition!.Name}\".", ErrorCodes.InvalidResult),
                group,
                container,
                index);
            return;
        }

        var itemType = type.OfType;
        var result = new ResultList(items.Count, itemType.IsNonNull, container, index);
        container.SetSlot(index, result);
        for (var i = 0; i < items.Count; i++)
        {
            CompleteValue(parentType, group, itemType, items[i], result, i);
            if (result.IsNulled)
            {
                return;
            }
        }
    }

    private void CompleteObject(ObjectType parentType, ObjectType type, FieldGroup group, object value, ResultNode container, int index)
    {
        if (type.IsTypeOf is { } isTypeOf)
        {
            bool matches;
            try
            {
                matches = isTypeOf(value, new ResolverContext().Initialize(this, parentType, value, group, group.Arguments!, container, index));
            }
            catch (Exception exception)
            {
                HandleException(exception, group, container, index);
                return;
            }

            if (!matches)
            {
                HandleError(
                    GraphQLError.WithCode($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(value)}.", ErrorCodes.InvalidResult),
                    group,
                    container,
                    index);
                return;
            }
        }

        CollectedFields fields;
        try
        {
            fields = Collector.CollectSubFields(type, group);
        }
        catch (GraphQLException error)
        {
            HandleErrors(error.Errors, group, container, index);
            return;
        }

        var map = new ResultMap(fields.Keys, fields.NonNull, container, index);
        container.SetSlot(index, map);
        ExecuteFields(type, value is JsonElement { ValueKind: not JsonValueKind.Object } ? null : value, fields, map);
    }

    private ObjectType? ResolveRuntimeType(NamedType abstractType, ObjectType parentType, FieldGroup group, object value, ResultNode container, int index)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };

        string? typeName;
        try
        {
            typeName = resolver is not null
                ? resolver(value, new ResolverContext().Initialize(this, parentType, value, group, group.Arguments!, container, index))
                : DefaultTypeName(abstractType, parentType, group, value, container, index);
        }
        catch (Exception exception)
        {
            HandleException(exception, group, container, index);
            return null;
        }

        var fieldName = group.Definition!.Name;
        string? message = null;
        ObjectType? runtimeType = null;
        if (typeName is null)
        {
            message = $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{fieldName}\". "
                + $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.";
        }
        else
        {
            switch (Schema.GetType(typeName))
            {
                case null:
                    message = $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.";
                    break;
                case ObjectType objectType when Schema.IsSubType(abstractType, objectType):
                    runtimeType = objectType;
                    break;
                case ObjectType objectType:
                    message = $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".";
                    break;
                default:
                    message = $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".";
                    break;
            }
        }

        if (message is not null)
        {
            HandleError(GraphQLError.WithCode(message, ErrorCodes.InvalidResult), group, container, index);
        }

        return runtimeType;
    }

    // graphql-js's defaultTypeResolver: the value's "__typename", else the first possible type whose
    // isTypeOf accepts it; code-first objects also match by their CLR type.
    private string? DefaultTypeName(NamedType abstractType, ObjectType parentType, FieldGroup group, object value, ResultNode container, int index)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary.TryGetValue("__typename", out var name) ? name as string : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty("__typename", out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
            case IDictionary<string, object?> mutable:
                return mutable.TryGetValue("__typename", out var mutableName) ? mutableName as string : null;
        }

        var valueType = value.GetType();
        foreach (var candidate in Schema.GetPossibleTypes(abstractType))
        {
            if (candidate.IsTypeOf is { } isTypeOf)
            {
                if (isTypeOf(value, new ResolverContext().Initialize(this, parentType, value, group, group.Arguments!, container, index)))
                {
                    return candidate.Name;
                }
            }
            else if (candidate.RuntimeType is { } runtimeType && runtimeType.IsAssignableFrom(valueType))
            {
                return candidate.Name;
            }
        }

        return null;
    }

    private void HandleException(Exception exception, FieldGroup group, ResultNode container, int index, string code = ErrorCodes.InternalServerError)
    {
        switch (exception)
        {
            case GraphQLException graphQLException:
                HandleErrors(graphQLException.Errors, group, container, index);
                return;
            case OperationCanceledException when CancellationToken.IsCancellationRequested:
                HandleError(GraphQLError.WithCode("The request was cancelled.", ErrorCodes.RequestCancelled), group, container, index);
                return;
        }

        if (container.IsDiscarded)
        {
            return;
        }

        var path = container.PathOf(index);
        _options.OnResolverException?.Invoke(exception, path);
        var message = _options.IncludeExceptionDetails ? exception.Message : _options.HiddenErrorMessage;
        HandleError(GraphQLError.WithCode(message, code), group, container, index);
    }

    private void HandleErrors(IReadOnlyList<GraphQLError> errors, FieldGroup group, ResultNode container, int index)
    {
        if (container.IsDiscarded)
        {
            return;
        }

        var path = container.PathOf(index);
        foreach (var error in errors)
        {
            AddError(error.WithPath(path, error.Locations ?? ExecutionErrors.LocationsOf(group.Nodes)));
        }

        SetNull(container, index);
    }

    private void HandleError(GraphQLError error, FieldGroup group, ResultNode container, int index)
    {
        // graphql-js 16.15: an error under a position already nulled by an earlier error is dropped.
        if (container.IsDiscarded)
        {
            return;
        }

        AddError(error.WithPath(container.PathOf(index), error.Locations ?? ExecutionErrors.LocationsOf(group.Nodes)));
        SetNull(container, index);
    }

    // Spec 6.4.4: a null in a non-null position nulls the parent, up to the nearest nullable position.
    private static void SetNull(ResultNode container, int index)
    {
        container.SetSlot(index, null);
        if (!container.IsNonNullSlot(index))
        {
            return;
        }

        var node = container;
        while (true)
        {
            node.IsNulled = true;
            var parent = node.Parent;
            if (parent is null)
            {
                return;
            }

            parent.SetSlot(node.IndexInParent, null);
            if (!parent.IsNonNullSlot(node.IndexInParent))
            {
                return;
            }

            node = parent;
        }
    }
}
