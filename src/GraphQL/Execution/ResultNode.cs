namespace Gateway.GraphQL.Execution;

/// <summary>
/// A node of the result tree under construction: an object (<see cref="ResultMap"/>) or a list
/// (<see cref="ResultList"/>). Each node knows its parent slot so that a null in a non-null position
/// can propagate to the nearest nullable parent (spec section 6.4.4), even when it arrives late from
/// an asynchronous resolver.
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(ResultNode? parent, int indexInParent)
    {
        Parent = parent;
        IndexInParent = indexInParent;
    }

    /// <summary>The node holding this one; null for the response's <c>data</c>.</summary>
    public ResultNode? Parent { get; }

    /// <summary>The slot of this node in its parent.</summary>
    public int IndexInParent { get; }

    /// <summary>True once a null propagated through this node: it has been replaced by null in its parent.</summary>
    public bool IsNulled { get; internal set; }

    /// <summary>True when this node or an ancestor has been replaced by null: work under it is moot.</summary>
    public bool IsDiscarded
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.IsNulled)
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal abstract bool IsNonNullSlot(int index);

    internal abstract void SetSlot(int index, object? value);

    /// <summary>The response-path segment of a slot: its response key or its list index.</summary>
    internal abstract object PathSegment(int index);

    /// <summary>The response path of a slot of this node.</summary>
    public IReadOnlyList<object> PathOf(int index)
    {
        var depth = 1;
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[depth - 1] = PathSegment(index);
        var current = this;
        for (var i = depth - 2; i >= 0; i--)
        {
            path[i] = current.Parent!.PathSegment(current.IndexInParent);
            current = current.Parent;
        }

        return path;
    }
}
