using System.Globalization;
using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// Documents built to make a validator work hard, against <see cref="PetsSchema"/>; shared by the
/// adversarial tests and bench/GraphQL.Benchmarks/ValidationAdversarialBenchmarks.cs.
/// </summary>
public static class AdversarialDocuments
{
    /// <summary><c>{ dog { a0: name a1: name ... } }</c>: distinct aliases of one field.</summary>
    public static string ManyAliases(int count = 10_000)
    {
        var builder = new StringBuilder("{ dog { ");
        for (var i = 0; i < count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"a{i}: name ");
        }

        return builder.Append("} }").ToString();
    }

    /// <summary><c>{ dog { name name ... } }</c>: one response name selected many times (every pair is compared).</summary>
    public static string RepeatedField(int count = 10_000)
    {
        var builder = new StringBuilder("{ dog { ");
        for (var i = 0; i < count; i++)
        {
            builder.Append("name ");
        }

        return builder.Append("} }").ToString();
    }

    /// <summary>Fragments nesting <paramref name="depth"/> deep: each selects <c>mother</c> and spreads the next inside it.</summary>
    public static string NestedFragments(int depth = 500)
    {
        var builder = new StringBuilder("query Nested { dog { ...F0 } }\n");
        for (var i = 0; i < depth; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Dog {{ mother {{ ...F{i + 1} }} }}\n");
        }

        return builder.Append(CultureInfo.InvariantCulture, $"fragment F{depth} on Dog {{ name }}\n").ToString();
    }

    /// <summary>A cycle of <paramref name="length"/> fragments, each spreading the next, the last the first.</summary>
    public static string FragmentCycle(int length = 1000)
    {
        var builder = new StringBuilder("query Cycle { dog { ...F0 } }\n");
        for (var i = 0; i < length; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Dog {{ name ...F{(i + 1) % length} }}\n");
        }

        return builder.ToString();
    }

    /// <summary>About <paramref name="bytes"/> of lists nested in a <c>[String]</c> argument: every inner list is a wrong item.</summary>
    public static string LargeNestedListArgument(int bytes = 1024 * 1024)
    {
        var builder = new StringBuilder("{ complicatedArgs { stringListArgField(stringListArg: [", bytes + 64);
        while (builder.Length < bytes)
        {
            builder.Append("[\"x\"], ");
        }

        return builder.Append("]) } }").ToString();
    }

    /// <summary><c>{ dog { mother { mother { ... } } } }</c> <paramref name="depth"/> fields deep, as text.</summary>
    public static string DeepSelection(int depth = 10_000)
    {
        var builder = new StringBuilder("{ dog { ");
        for (var i = 0; i < depth - 2; i++)
        {
            builder.Append("mother { ");
        }

        builder.Append("name ");
        for (var i = 0; i < depth - 1; i++)
        {
            builder.Append("} ");
        }

        return builder.Append('}').ToString();
    }

    /// <summary>The same selection <paramref name="depth"/> fields deep, built as a syntax tree (past any parser limit).</summary>
    public static DocumentNode DeepSelectionDocument(int depth = 10_000)
    {
        SelectionSetNode set = new([new FieldNode(null, new NameNode("name"), [], [], null)]);
        for (var i = 0; i < depth - 2; i++)
        {
            set = new SelectionSetNode([new FieldNode(null, new NameNode("mother"), [], [], set)]);
        }

        set = new SelectionSetNode([new FieldNode(null, new NameNode("dog"), [], [], set)]);
        return new DocumentNode([new OperationDefinitionNode(OperationType.Query, null, [], [], set)]);
    }

    /// <summary>A list value nested <paramref name="depth"/> deep in an argument, built as a syntax tree.</summary>
    public static DocumentNode DeepListDocument(int depth = 100_000)
    {
        ValueNode value = new StringValueNode("x", false);
        for (var i = 0; i < depth; i++)
        {
            value = new ListValueNode([value]);
        }

        var field = new FieldNode(null, new NameNode("stringListArgField"), [new ArgumentNode(new NameNode("stringListArg"), value)], [], null);
        var root = new FieldNode(null, new NameNode("complicatedArgs"), [], [], new SelectionSetNode([field]));
        return new DocumentNode([new OperationDefinitionNode(OperationType.Query, null, [], [], new SelectionSetNode([root]))]);
    }
}
