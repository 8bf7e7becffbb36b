using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>"Did you mean ...?" suffixes for validation messages, honouring <see cref="ValidationOptions.HideSuggestions"/>.</summary>
internal static class SuggestionHelper
{
    /// <summary>The suffix suggesting the options closest to <paramref name="input"/> (empty when none or hidden).</summary>
    public static string DidYouMean(ValidationContext context, string input, IEnumerable<string> options) =>
        context.HideSuggestions ? string.Empty : Suggestions.DidYouMean(Suggestions.SuggestionList(input, Distinct(options)));

    /// <summary>The names of a collection of definitions.</summary>
    public static List<string> NamesOf<T>(DefinitionCollection<T> definitions)
        where T : class, INamedDefinition
    {
        var names = new List<string>(definitions.Count);
        foreach (var definition in definitions)
        {
            names.Add(definition.Name);
        }

        return names;
    }

    // graphql-js keys its candidates by name, so an option listed twice is suggested once.
    private static List<string> Distinct(IEnumerable<string> options)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var option in options)
        {
            if (seen.Add(option))
            {
                result.Add(option);
            }
        }

        return result;
    }
}
