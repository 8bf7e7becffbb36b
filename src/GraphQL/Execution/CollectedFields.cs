namespace Gateway.GraphQL.Execution;

/// <summary>The grouped fields of a selection set for one object type, in response order.</summary>
internal sealed class CollectedFields(FieldGroup[] groups)
{
    public FieldGroup[] Groups { get; } = groups;

    /// <summary>The response keys, in order (shared by every result object built from these fields).</summary>
    public string[] Keys { get; } = groups.Select(g => g.ResponseKey).ToArray();

    /// <summary>Whether each key's field is non-null.</summary>
    public bool[] NonNull { get; } = groups.Select(g => g.Definition?.Type.IsNonNull ?? false).ToArray();
}
