namespace Gateway.GraphQL.Types;

/// <summary>The spec's <c>Name</c> production: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
public static class NameValidation
{
    public static bool IsValidName(string name)
    {
        if (string.IsNullOrEmpty(name) || !IsNameStart(name[0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsNameContinue(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static void AssertValidName(string name)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"Names must only contain [_a-zA-Z0-9] and not start with a digit; \"{name}\" does not.", nameof(name));
        }
    }

    public static bool IsNameStart(char c) => c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    public static bool IsNameContinue(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
}
