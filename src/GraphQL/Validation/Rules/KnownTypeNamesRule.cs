using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 "Fragment Spread Type Existence" (and 5.8.2 for variable types): every named type a
/// document references exists in the schema.
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly string[] StandardTypeNames = BuildStandardTypeNames();

    private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);

    public KnownTypeNamesRule(ValidationContext context)
        : base(context)
    {
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _definedTypes.Add(type.Name.Value);
            }
        }
    }

    public override void EnterNamedType(NamedTypeNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var typeName = node.Name.Value;
        if (Context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName))
        {
            return;
        }

        var isSdl = Context.CurrentDefinition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
        {
            return;
        }

        var suggestion = string.Empty;
        if (!Context.HideSuggestions)
        {
            var options = new List<string>();
            if (isSdl)
            {
                options.AddRange(StandardTypeNames);
            }

            foreach (var type in Context.Schema.Types)
            {
                options.Add(type.Name);
            }

            options.AddRange(_definedTypes);
            suggestion = SuggestionHelper.DidYouMean(Context, typeName, options);
        }

        Context.ReportError($"Unknown type \"{typeName}\"." + suggestion, node);
    }

    private static string[] BuildStandardTypeNames()
    {
        var names = new List<string>();
        foreach (var scalar in BuiltInScalars.All)
        {
            names.Add(scalar.Name);
        }

        foreach (var type in IntrospectionTypes.All)
        {
            names.Add(type.Name);
        }

        return [.. names];
    }
}
