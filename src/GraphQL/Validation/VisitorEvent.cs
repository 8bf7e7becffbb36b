using System.Collections.Concurrent;
using System.Reflection;

namespace Gateway.GraphQL.Validation;

/// <summary>The events of <see cref="ValidationRule"/>; each value is named after the method it calls.</summary>
internal enum VisitorEvent
{
    EnterDocument,
    LeaveDocument,
    EnterOperationDefinition,
    LeaveOperationDefinition,
    EnterFragmentDefinition,
    LeaveFragmentDefinition,
    EnterVariableDefinition,
    LeaveVariableDefinition,
    EnterSelectionSet,
    LeaveSelectionSet,
    EnterField,
    LeaveField,
    EnterFragmentSpread,
    LeaveFragmentSpread,
    EnterInlineFragment,
    LeaveInlineFragment,
    EnterArgument,
    LeaveArgument,
    EnterDirective,
    LeaveDirective,
    EnterNamedType,
    EnterVariable,
    EnterListValue,
    LeaveListValue,
    EnterObjectValue,
    LeaveObjectValue,
    EnterObjectField,
    LeaveObjectField,
    EnterScalarValue,
    EnterNullValue,
    EnterTypeSystemNode,
}

/// <summary>Which events a rule type overrides, found once per type by reflection.</summary>
internal static class VisitorEvents
{
    public const int Count = (int)VisitorEvent.EnterTypeSystemNode + 1;

    private static readonly ConcurrentDictionary<Type, bool[]> Cache = new();

    private static readonly string[] Names = Enum.GetNames<VisitorEvent>();

    public static bool[] Of(Type ruleType) => Cache.GetOrAdd(ruleType, static type =>
    {
        var handled = new bool[Count];
        for (var i = 0; i < Count; i++)
        {
            var method = type.GetMethod(Names[i], BindingFlags.Public | BindingFlags.Instance);
            handled[i] = method is not null && method.DeclaringType != typeof(ValidationRule);
        }

        return handled;
    });
}
