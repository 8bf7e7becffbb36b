using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 "Input Object Field Uniqueness": an input object value gives each field once.</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Stack<Dictionary<string, NameNode>?> _stack = new();

    public override void EnterObjectValue(ObjectValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        // An object with fewer than two fields cannot repeat one: no map is needed.
        _stack.Push(node.Fields.Count > 1 ? new Dictionary<string, NameNode>(StringComparer.Ordinal) : null);
    }

    public override void LeaveObjectValue(ObjectValueNode node) => _stack.Pop();

    public override void EnterObjectField(ObjectFieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_stack.TryPeek(out var known) || known is null)
        {
            return;
        }

        var name = node.Name;
        if (known.TryGetValue(name.Value, out var first))
        {
            Context.ReportError($"There can be only one input field named \"{name.Value}\".", first, name);
        }
        else
        {
            known[name.Value] = name;
        }
    }
}
