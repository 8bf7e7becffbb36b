using System.Runtime.CompilerServices;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Finds the variables used in one operation or fragment (not following spreads, skipping variable
/// definitions) with the type information of their positions, as graphql-js's
/// <c>ValidationContext.getVariableUsages</c> does with its own <see cref="TypeInfo"/>.
/// </summary>
internal sealed class VariableUsageCollector
{
    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = [];

    private VariableUsageCollector(Schema schema)
    {
        _typeInfo = new TypeInfo(schema);
    }

    public static List<VariableUsage> Collect(Schema schema, ExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(schema);
        switch (definition)
        {
            case OperationDefinitionNode operation:
                collector._typeInfo.EnterOperationDefinition(operation);
                collector.VisitDirectives(operation.Directives);
                collector.VisitSelectionSet(operation.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                collector._typeInfo.EnterFragment(fragment.TypeCondition);
                collector.VisitDirectives(fragment.Directives);
                collector.VisitSelectionSet(fragment.SelectionSet);
                break;
        }

        return collector._usages;
    }

    private void VisitSelectionSet(SelectionSetNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        _typeInfo.EnterSelectionSet();
        var selections = node.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    _typeInfo.EnterField(field);
                    VisitArguments(field.Arguments);
                    VisitDirectives(field.Directives);
                    if (field.SelectionSet is { } selectionSet)
                    {
                        VisitSelectionSet(selectionSet);
                    }

                    _typeInfo.LeaveField();
                    break;
                case FragmentSpreadNode spread:
                    VisitDirectives(spread.Directives);
                    break;
                case InlineFragmentNode inline:
                    _typeInfo.EnterFragment(inline.TypeCondition);
                    VisitDirectives(inline.Directives);
                    VisitSelectionSet(inline.SelectionSet);
                    _typeInfo.LeaveTypedDefinition();
                    break;
            }
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            _typeInfo.EnterDirective(directive);
            VisitArguments(directive.Arguments);
            _typeInfo.LeaveDirective();
        }
    }

    private void VisitArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            _typeInfo.EnterArgument(argument);
            VisitValue(argument.Value);
            _typeInfo.LeaveArgument();
        }
    }

    private void VisitValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                _usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.HasDefaultValue, _typeInfo.ParentInputType));
                break;
            case ListValueNode list:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                _typeInfo.EnterListValue();
                foreach (var item in list.Values)
                {
                    VisitValue(item);
                }

                _typeInfo.LeaveListValueOrObjectField();
                break;
            case ObjectValueNode objectValue:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                foreach (var field in objectValue.Fields)
                {
                    _typeInfo.EnterObjectField(field);
                    VisitValue(field.Value);
                    _typeInfo.LeaveListValueOrObjectField();
                }

                break;
        }
    }
}
