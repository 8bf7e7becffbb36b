using System.Runtime.CompilerServices;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation.Limits;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Validates executable documents against a schema: the safety limits of <see cref="ValidationOptions"/>
/// first (one linear pass; a document over a limit gets those errors only), then every rule in a single
/// traversal, stopping after <see cref="ValidationOptions.MaxErrors"/> errors. Thread-safe; the result is
/// an empty list when the document is valid.
/// </summary>
public static class DocumentValidator
{
    private static readonly object True = new();
    private static readonly object False = new();

    /// <summary>The message of the error reported when a document is nested deeper than the validator's stack allows.</summary>
    public const string NestedTooDeeplyMessage = "The document is nested too deeply to be validated.";

    /// <summary>A validation function with fixed options, for <see cref="Execution.RequestExecutorOptions.Validate"/>.</summary>
    public static Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>> Using(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (schema, document) => Validate(schema, document, null, options);
    }

    /// <summary>
    /// A per-request limit check for <see cref="Execution.RequestExecutorOptions.CheckLimits"/>: when a
    /// document gives a list size through a variable (which its cached validation counted as
    /// <see cref="ValidationOptions.DefaultListSize"/>), the cost limit is checked again with the request's
    /// variable values; any other document costs one lookup.
    /// </summary>
    public static Func<Schema, DocumentNode, IReadOnlyDictionary<string, object?>?, IReadOnlyList<GraphQLError>> LimitsWithVariables(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sizedByVariables = new ConditionalWeakTable<DocumentNode, object>();
        return (schema, document, variables) =>
        {
            if (options.MaxCost is null)
            {
                return [];
            }

            var uses = sizedByVariables.GetValue(document, d => UsesVariableListSizes(d, options.ListSizeArguments));
            return ReferenceEquals(uses, True) ? CheckLimits(schema, document, variables, options) : [];
        };
    }

    /// <summary>Validates <paramref name="document"/> without variable values (what the executor caches per document text).</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null) =>
        Validate(schema, document, null, options);

    /// <summary>
    /// Validates <paramref name="document"/>; <paramref name="variables"/> (coerced or raw JSON values), when
    /// given, supply the list sizes the cost limit reads from variables.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyDictionary<string, object?>? variables,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var errors = new List<GraphQLError>();
        try
        {
            if (options.HasLimits)
            {
                OperationLimitsAnalyzer.Analyze(schema, document, options, variables, errors);
                if (errors.Count > 0)
                {
                    return errors;
                }
            }

            var context = new ValidationContext(schema, document, options, errors);
            var rules = new List<ValidationRule>(options.Rules.Count);
            foreach (var factory in options.Rules)
            {
                rules.Add(factory(context));
            }

            new DocumentTraversal(context, rules).VisitDocument(document);
        }
        catch (ValidationAbortedException aborted)
        {
            if (aborted.Error is { } error)
            {
                errors.Add(error);
            }
        }
        catch (InsufficientExecutionStackException)
        {
            errors.Add(GraphQLError.WithCode(NestedTooDeeplyMessage, options.MaxDepth is null ? ErrorCodes.ValidationFailed : ErrorCodes.MaxDepthExceeded));
        }

        return errors.Count == 0 ? [] : errors;
    }

    /// <summary>
    /// Checks only the safety limits, with variable values for list sizes: the per-request complement of a
    /// cached document-only validation, for servers that let variables size lists.
    /// </summary>
    public static IReadOnlyList<GraphQLError> CheckLimits(
        Schema schema,
        DocumentNode document,
        IReadOnlyDictionary<string, object?>? variables,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        if (!options.HasLimits)
        {
            return [];
        }

        var errors = new List<GraphQLError>();
        try
        {
            OperationLimitsAnalyzer.Analyze(schema, document, options, variables, errors);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; its error is already in the list.
        }
        catch (InsufficientExecutionStackException)
        {
            errors.Add(GraphQLError.WithCode(NestedTooDeeplyMessage, ErrorCodes.MaxDepthExceeded));
        }

        return errors.Count == 0 ? [] : errors;
    }

    // True when some field argument named as a list size is given a variable.
    private static object UsesVariableListSizes(DocumentNode document, IReadOnlyList<string> sizeArguments)
    {
        var sets = new Stack<SelectionSetNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    sets.Push(operation.SelectionSet);
                    break;
                case FragmentDefinitionNode fragment:
                    sets.Push(fragment.SelectionSet);
                    break;
            }
        }

        while (sets.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        foreach (var argument in field.Arguments)
                        {
                            if (argument.Value is VariableNode && sizeArguments.Contains(argument.Name.Value, StringComparer.Ordinal))
                            {
                                return True;
                            }
                        }

                        if (field.SelectionSet is { } fieldSet)
                        {
                            sets.Push(fieldSet);
                        }

                        break;
                    case InlineFragmentNode inline:
                        sets.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return False;
    }
}
