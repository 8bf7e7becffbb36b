using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 "Field Selections": every selected field is defined on the type it is selected on. The
/// message suggests types to condition on (for abstract types) or similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var typeInfo = Context.TypeInfo;
        if (typeInfo.ParentType is not { } type || typeInfo.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        var suggestion = string.Empty;
        if (!Context.HideSuggestions)
        {
            suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(Context.Schema, type, fieldName));
            if (suggestion.Length == 0)
            {
                suggestion = type switch
                {
                    ObjectType objectType => SuggestionHelper.DidYouMean(Context, fieldName, SuggestionHelper.NamesOf(objectType.Fields)),
                    InterfaceType interfaceType => SuggestionHelper.DidYouMean(Context, fieldName, SuggestionHelper.NamesOf(interfaceType.Fields)),
                    _ => string.Empty,
                };
            }
        }

        Context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
    }

    // The object and interface types that define the field, most used first, super types before
    // their sub types, then by name.
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }

        var suggested = new List<NamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (!possibleType.Fields.Contains(fieldName))
            {
                continue;
            }

            if (!usageCount.ContainsKey(possibleType.Name))
            {
                suggested.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.Contains(fieldName))
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        int Compare(NamedType a, NamedType b)
        {
            var diff = usageCount[b.Name] - usageCount[a.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        }

        // The order JavaScript's sort gives: the comparison is not a total order.
        JsArraySort.Sort(suggested, Compare);

        var names = new List<string>(suggested.Count);
        foreach (var item in suggested)
        {
            names.Add(item.Name);
        }

        return names;
    }
}
