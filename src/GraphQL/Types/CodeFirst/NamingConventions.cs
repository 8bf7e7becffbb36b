using System.Text;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>How CLR names become GraphQL names (HotChocolate's conventions).</summary>
internal static class NamingConventions
{
    /// <summary><c>PublishedOn</c> → <c>publishedOn</c>, <c>ID</c> → <c>id</c>, <c>HTTPStatus</c> → <c>httpStatus</c>.</summary>
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        if (upper == name.Length)
        {
            return name.ToLowerInvariant();
        }

        // A run of capitals followed by a lower-case letter: the last capital starts the next word.
        var lower = upper == 1 || !char.IsLower(name[upper]) ? upper : upper - 1;
        return name[..lower].ToLowerInvariant() + name[lower..];
    }

    /// <summary><c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>, <c>Http2Error</c> → <c>HTTP2_ERROR</c>.</summary>
    public static string ToConstantCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && builder[^1] != '_')
            {
                var previous = name[i - 1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)))
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The field name of a method: an <c>Async</c> suffix and a leading <c>Get</c> (before an upper-case
    /// letter) are dropped, then camelCase: <c>GetStudyAsync</c> → <c>study</c>, <c>SearchAsync</c> → <c>search</c>.
    /// </summary>
    public static string FieldNameOfMethod(string methodName)
    {
        var name = methodName;
        if (name.Length > "Async".Length && name.EndsWith("Async", StringComparison.Ordinal))
        {
            name = name[..^"Async".Length];
        }

        if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
        {
            name = name[3..];
        }

        return ToCamelCase(name);
    }

    /// <summary>
    /// The conventional GraphQL name of a CLR type: its name without generic arity, generic arguments
    /// prefixed (<c>Page&lt;Study&gt;</c> → <c>StudyPage</c>), the <c>I</c> of an interface dropped
    /// (<c>IShape</c> → <c>Shape</c>) when <paramref name="dropInterfacePrefix"/>, characters outside
    /// GraphQL names removed. <paramref name="argumentName"/> names the generic arguments (the
    /// registry passes their GraphQL names, so that <c>Pair&lt;string, int&gt;</c> is <c>StringIntPair</c>).
    /// </summary>
    public static string TypeName(Type type, bool dropInterfacePrefix, Func<Type, string>? argumentName = null)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (dropInterfacePrefix && type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        if (type.IsGenericType)
        {
            var prefix = new StringBuilder();
            foreach (var argument in type.GetGenericArguments())
            {
                prefix.Append(argumentName is null ? TypeName(argument, dropInterfacePrefix: true) : argumentName(argument));
            }

            name = prefix + name;
        }

        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (NameValidation.IsNameContinue(c))
            {
                cleaned.Append(c);
            }
        }

        if (cleaned.Length > 0 && !NameValidation.IsNameStart(cleaned[0]))
        {
            cleaned.Insert(0, '_');
        }

        return cleaned.ToString();
    }
}
