using Gateway.GraphQL;

namespace Gateway.Api.Posos;

/// <summary>
/// The problems found in a Posos field's arguments, each a <c>BAD_USER_INPUT</c> error naming the argument
/// (<c>extensions.argument</c>, e.g. <c>patient.conditions[1].coding.code</c>) and saying what is expected. Messages never
/// repeat the value given: it may be health data.
/// </summary>
internal sealed class PososInputErrors
{
    private readonly List<GraphQLError> _errors = [];

    /// <summary>True when a problem was found.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Adds a problem: <paramref name="problem"/> follows the argument's name, e.g. "is in the future.".</summary>
    public void Add(string argument, string problem) =>
        _errors.Add(new GraphQLError(
            $"`{argument}` {problem}",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = ErrorCodes.BadUserInput,
                ["argument"] = argument,
            }));

    /// <summary>Throws the problems found, all at once (the field is then null with one error each).</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new GraphQLException([.. _errors]);
        }
    }
}
