using System.Collections.Concurrent;
using System.Reflection;

namespace Gateway.GraphQL.Validation;

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
