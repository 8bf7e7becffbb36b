namespace Gateway.GraphQL.Execution;

/// <summary>An immutable linked path into the response: response keys and list indices.</summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, object? key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    /// <summary>The empty path (the response's <c>data</c>).</summary>
    public static ResultPath Root { get; } = new(null, null, 0);

    public ResultPath? Parent { get; }

    /// <summary>A response key (string) or a list index (int); null at the root.</summary>
    public object? Key { get; }

    /// <summary>The number of segments.</summary>
    public int Depth { get; }

    public ResultPath Append(string responseKey) => new(this, responseKey, Depth + 1);

    public ResultPath Append(int index) => new(this, index, Depth + 1);

    /// <summary>The segments from the root, as the <c>path</c> of an error.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        var node = this;
        for (var i = Depth - 1; i >= 0; i--)
        {
            segments[i] = node!.Key!;
            node = node.Parent;
        }

        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
