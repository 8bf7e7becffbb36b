using System.Reflection;
using Gateway.GraphQL.CacheControl;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Cache hints given in one place rather than on each class (<see cref="CodeFirstSchemaBuilder.AddCacheControl"/>): by
/// GraphQL type name, by field coordinate, or for every type and field declared in a CLR namespace (e.g. "everything a
/// drug-safety area declares is PRIVATE"). A rule completes a type's or field's own hint
/// (<see cref="CacheHint.Merge"/>): the own max age wins when set, PRIVATE from either side wins. Type and field names
/// must exist in the schema.
/// </summary>
public sealed class CacheControlRules
{
    private readonly List<(string Namespace, CacheHint Hint)> _namespaces = [];
    private readonly List<(string Type, CacheHint Hint)> _types = [];
    private readonly List<(string Type, string Field, CacheHint Hint)> _fields = [];

    /// <summary>Every object, interface and union type whose CLR type is in <paramref name="namespace"/> (or below it), and every field declared by a class there.</summary>
    public CacheControlRules ForNamespace(string @namespace, CacheHint hint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(@namespace);
        _namespaces.Add((@namespace, hint));
        return this;
    }

    /// <summary>The object, interface or union type named <paramref name="typeName"/>.</summary>
    public CacheControlRules ForType(string typeName, CacheHint hint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        _types.Add((typeName, hint));
        return this;
    }

    /// <summary>The field <paramref name="fieldName"/> of <paramref name="typeName"/> (e.g. <c>"Query", "contraindications"</c>).</summary>
    public CacheControlRules ForField(string typeName, string fieldName, CacheHint hint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        _fields.Add((typeName, fieldName, hint));
        return this;
    }

    internal CacheHint TypeHint(string name, Type clr, CacheHint own)
    {
        var hint = own;
        foreach (var (type, rule) in _types)
        {
            if (type == name)
            {
                hint = CacheHint.Merge(hint, rule);
            }
        }

        foreach (var (space, rule) in _namespaces)
        {
            if (InNamespace(clr, space))
            {
                hint = CacheHint.Merge(hint, rule);
            }
        }

        return hint;
    }

    internal CacheHint FieldHint(string typeName, string fieldName, MemberInfo member, CacheHint own)
    {
        var hint = own;
        foreach (var (type, field, rule) in _fields)
        {
            if (type == typeName && field == fieldName)
            {
                hint = CacheHint.Merge(hint, rule);
            }
        }

        foreach (var (space, rule) in _namespaces)
        {
            if (member.DeclaringType is { } declaring && InNamespace(declaring, space))
            {
                hint = CacheHint.Merge(hint, rule);
            }
        }

        return hint;
    }

    /// <summary>The type names and field coordinates of the rules that name nothing in <paramref name="schema"/>.</summary>
    internal IEnumerable<string> Unmatched(Schema schema)
    {
        foreach (var (type, _) in _types)
        {
            if (schema.GetType(type) is not (ObjectType or InterfaceType or UnionType))
            {
                yield return $"the type \"{type}\"";
            }
        }

        foreach (var (type, field, _) in _fields)
        {
            if (schema.GetType(type) is not IComplexOutputType complex || !complex.Fields.TryGetValue(field, out _))
            {
                yield return $"the field \"{type}.{field}\"";
            }
        }
    }

    private static bool InNamespace(Type type, string space) =>
        type.Namespace is { } actual && (actual == space || actual.StartsWith(space + ".", StringComparison.Ordinal));
}
