using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The field nodes sharing one response key in a selection set (spec CollectFields), with what the
/// executor works out once per execution rather than once per list item: the field definition on
/// the parent type, the coerced arguments, and the sub-selections collected per object type.
/// </summary>
internal sealed class FieldGroup(string responseKey, FieldNode first)
{
    private FieldNode[] _nodes = [first];
    private int _count = 1;
    private (ObjectType Type, CollectedFields Fields)[]? _subFields;

    public string ResponseKey { get; } = responseKey;

    public FieldNode First { get; } = first;

    /// <summary>The field's definition on the parent type; null for a field the type does not have.</summary>
    public FieldDefinition? Definition { get; set; }

    public IReadOnlyList<FieldNode> Nodes => _count == _nodes.Length ? _nodes : _nodes[.._count];

    public bool HasArgumentsCache { get; private set; }

    /// <summary>The field's static cache hint, once looked up for this execution.</summary>
    public CacheControl.FieldCacheHint? CacheHint { get; set; }

    public IReadOnlyDictionary<string, object?>? Arguments { get; private set; }

    public GraphQLException? ArgumentsError { get; private set; }

    public void Add(FieldNode node)
    {
        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _count * 2);
        }

        _nodes[_count++] = node;
    }

    public void CacheArguments(IReadOnlyDictionary<string, object?>? arguments, GraphQLException? error)
    {
        Arguments = arguments;
        ArgumentsError = error;
        HasArgumentsCache = true;
    }

    public CollectedFields? FindSubFields(ObjectType type)
    {
        if (_subFields is { } cache)
        {
            foreach (var (cachedType, fields) in cache)
            {
                if (ReferenceEquals(cachedType, type))
                {
                    return fields;
                }
            }
        }

        return null;
    }

    public void AddSubFields(ObjectType type, CollectedFields fields) =>
        _subFields = _subFields is null ? [(type, fields)] : [.. _subFields, (type, fields)];
}
