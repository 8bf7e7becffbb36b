using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// The rules of the spec's section 5 for executable documents, in graphql-js 16.15's
/// <c>specifiedRules</c> order (which decides the order of errors), ending with graphql-js's
/// recommended <see cref="MaxIntrospectionDepthRule"/>.
/// </summary>
public static class SpecifiedRules
{
    /// <summary>Every rule, as a factory creating the rule for one validation.</summary>
    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> All { get; } =
    [
        static context => new ExecutableDefinitionsRule(context),
        static context => new UniqueOperationNamesRule(context),
        static context => new LoneAnonymousOperationRule(context),
        static context => new SingleFieldSubscriptionsRule(context),
        static context => new KnownTypeNamesRule(context),
        static context => new FragmentsOnCompositeTypesRule(context),
        static context => new VariablesAreInputTypesRule(context),
        static context => new ScalarLeafsRule(context),
        static context => new FieldsOnCorrectTypeRule(context),
        static context => new UniqueFragmentNamesRule(context),
        static context => new KnownFragmentNamesRule(context),
        static context => new NoUnusedFragmentsRule(context),
        static context => new PossibleFragmentSpreadsRule(context),
        static context => new NoFragmentCyclesRule(context),
        static context => new UniqueVariableNamesRule(context),
        static context => new NoUndefinedVariablesRule(context),
        static context => new NoUnusedVariablesRule(context),
        static context => new KnownDirectivesRule(context),
        static context => new UniqueDirectivesPerLocationRule(context),
        static context => new KnownArgumentNamesRule(context),
        static context => new UniqueArgumentNamesRule(context),
        static context => new ValuesOfCorrectTypeRule(context),
        static context => new ProvidedRequiredArgumentsRule(context),
        static context => new VariablesInAllowedPositionRule(context),
        static context => new OverlappingFieldsCanBeMergedRule(context),
        static context => new UniqueInputFieldNamesRule(context),
        static context => new MaxIntrospectionDepthRule(context),
    ];
}
