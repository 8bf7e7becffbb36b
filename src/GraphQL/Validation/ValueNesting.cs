using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Guards the recursive printer and scalar parsers against values nested deeper than any parsed
/// document can be (the parser stops at <see cref="ParserOptions.MaxNestingDepth"/>); only a syntax tree
/// built in code, or parsed with raised limits, gets here, and validation stops as "nested too deeply".
/// </summary>
internal static class ValueNesting
{
    /// <summary>The deepest value the validator prints or parses (the parser's default nesting limit).</summary>
    public const int MaxDepth = 256;

    /// <summary>Throws <see cref="InsufficientExecutionStackException"/> when <paramref name="value"/> nests deeper than <see cref="MaxDepth"/>.</summary>
    public static void EnsurePrintable(ValueNode value)
    {
        if (value is not (ListValueNode or ObjectValueNode))
        {
            return;
        }

        var stack = new Stack<(ValueNode Node, int Depth)>();
        stack.Push((value, 1));
        while (stack.TryPop(out var entry))
        {
            if (entry.Depth > MaxDepth)
            {
                throw new InsufficientExecutionStackException();
            }

            switch (entry.Node)
            {
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        if (item is ListValueNode or ObjectValueNode)
                        {
                            stack.Push((item, entry.Depth + 1));
                        }
                    }

                    break;
                case ObjectValueNode objectValue:
                    foreach (var field in objectValue.Fields)
                    {
                        if (field.Value is ListValueNode or ObjectValueNode)
                        {
                            stack.Push((field.Value, entry.Depth + 1));
                        }
                    }

                    break;
            }
        }
    }
}
