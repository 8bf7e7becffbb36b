using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 "Values of Correct Type", 5.6.2 "Input Object Field Names" and 5.6.4 "Input Object
/// Required Fields": every literal is valid for the input type expected where it stands (scalars and
/// enums by their literal parsing, lists item by item, input objects field by field, OneOf input
/// objects with exactly one non-null field).
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterListValue(ListValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        // TypeInfo has already entered the list's item type, so the list type is the parent's.
        if (Context.TypeInfo.ParentInputType?.Nullable is not ListType)
        {
            CheckLeafValue(node);
            SkipChildren();
        }
    }

    public override void EnterObjectValue(ObjectValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Context.TypeInfo.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeafValue(node);
            SkipChildren();
            return;
        }

        var fields = node.Fields;
        foreach (var fieldDef in type.Fields)
        {
            if (fieldDef.IsRequired && FindLast(fields, fieldDef.Name) is null)
            {
                Context.ReportError($"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type);
        }
    }

    public override void EnterObjectField(ObjectFieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var typeInfo = Context.TypeInfo;
        if (typeInfo.InputType is null && typeInfo.ParentInputType?.GetNamedType() is InputObjectType parentType)
        {
            var name = node.Name.Value;
            Context.ReportError(
                $"Field \"{name}\" is not defined by type \"{parentType.Name}\"." + SuggestionHelper.DidYouMean(Context, name, SuggestionHelper.NamesOf(parentType.Fields)),
                node);
        }
    }

    public override void EnterNullValue(NullValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Context.TypeInfo.InputType is NonNullType type)
        {
            Context.ReportError($"Expected value of type \"{type}\", found null.", node);
        }
    }

    public override void EnterScalarValue(ValueNode node) => CheckLeafValue(node);

    private static ObjectFieldNode? FindLast(IReadOnlyList<ObjectFieldNode> fields, string name)
    {
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i];
            }
        }

        return null;
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type)
    {
        var fields = node.Fields;
        string? key = null;
        var distinct = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Name.Value;
            var seen = false;
            for (var j = 0; j < i; j++)
            {
                if (fields[j].Name.Value == name)
                {
                    seen = true;
                    break;
                }
            }

            if (!seen)
            {
                distinct++;
                key ??= name;
            }
        }

        if (distinct != 1)
        {
            Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        if (FindLast(fields, key!)!.Value is NullValueNode)
        {
            Context.ReportError($"Field \"{type.Name}.{key}\" must be non-null.", node);
        }
    }

    // graphql-js isValidValueNode: the error is reported against the full type expected at the position.
    private void CheckLeafValue(ValueNode node)
    {
        var locationType = Context.TypeInfo.InputType;
        if (locationType is null)
        {
            return;
        }

        var type = locationType.GetNamedType();
        if (type is AnyScalarType)
        {
            // Reads any literal as untyped JSON: never invalid.
            return;
        }

        ValueNesting.EnsurePrintable(node);
        if (Context.RedactValues && !IsValidLeaf(node, type))
        {
            Context.ReportError($"Expected value of type \"{locationType}\"; the value given is not one.", node);
            return;
        }

        switch (type)
        {
            case EnumType enumType:
                CheckEnumValue(node, enumType);
                return;
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(node, null);
                }
                catch (GraphQLException error)
                {
                    Context.ReportError(error.Errors.Count > 0 ? error.Errors[0].Message : error.Message, node);
                }
#pragma warning disable CA1031 // A custom scalar's failure of any kind makes the literal invalid, as in graphql-js.
                catch (Exception error) when (error is not OutOfMemoryException and not InsufficientExecutionStackException)
#pragma warning restore CA1031
                {
                    Context.ReportError($"Expected value of type \"{locationType}\", found {SyntaxPrinter.Print(node)}; {error.Message}", node);
                }

                return;
            default:
                Context.ReportError($"Expected value of type \"{locationType}\", found {SyntaxPrinter.Print(node)}.", node);
                return;
        }
    }

    private static bool IsValidLeaf(ValueNode node, NamedType type)
    {
        try
        {
            switch (type)
            {
                case EnumType enumType:
                    return node is EnumValueNode enumValue && enumType.Values.Contains(enumValue.Value);
                case ScalarType scalar:
                    scalar.ParseLiteral(node, null);
                    return true;
                default:
                    return false;
            }
        }
#pragma warning disable CA1031 // Any failure of a scalar's literal parsing makes the literal invalid.
        catch (Exception error) when (error is not OutOfMemoryException and not InsufficientExecutionStackException)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private void CheckEnumValue(ValueNode node, EnumType enumType)
    {
        if (node is EnumValueNode enumValue)
        {
            if (enumType.Values.Contains(enumValue.Value))
            {
                return;
            }

            Context.ReportError(
                $"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum." + EnumSuggestion(enumType, enumValue.Value),
                node);
            return;
        }

        var text = SyntaxPrinter.Print(node);
        Context.ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {text}." + EnumSuggestion(enumType, text), node);
    }

    private string EnumSuggestion(EnumType enumType, string input) =>
        Context.HideSuggestions
            ? string.Empty
            : Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(input, SuggestionHelper.NamesOf(enumType.Values)));
}
