namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>How a resolver's CLR result is awaited.</summary>
internal enum AwaitKind
{
    None,
    Task,
    ValueTask,
}
