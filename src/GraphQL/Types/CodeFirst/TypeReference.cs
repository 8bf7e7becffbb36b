namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>A type reference in SDL syntax (<c>[ID!]!</c>) as written in <see cref="GraphQLTypeAttribute"/>.</summary>
internal sealed class TypeReference
{
    private TypeReference(string? name, TypeReference? ofList, bool isNonNull)
    {
        Name = name;
        OfList = ofList;
        IsNonNull = isNonNull;
    }

    /// <summary>The named type; null for a list.</summary>
    public string? Name { get; }

    public TypeReference? OfList { get; }

    public bool IsNonNull { get; }

    /// <summary>Parses <paramref name="text"/>; null when it is not a type reference.</summary>
    public static TypeReference? Parse(string text)
    {
        var position = 0;
        var result = ParseType(text, ref position);
        SkipSpaces(text, ref position);
        return position == text.Length ? result : null;
    }

    /// <summary>The GraphQL type, with named types looked up by <paramref name="lookup"/> (null when unknown).</summary>
    public GraphQLType? Resolve(Func<string, NamedType?> lookup)
    {
        GraphQLType? inner = Name is not null ? lookup(Name) : OfList!.Resolve(lookup) is { } item ? new ListType(item) : null;
        return inner is null ? null : IsNonNull ? new NonNullType(inner) : inner;
    }

    private static TypeReference? ParseType(string text, ref int position)
    {
        SkipSpaces(text, ref position);
        if (position >= text.Length)
        {
            return null;
        }

        string? name = null;
        TypeReference? ofList = null;
        if (text[position] == '[')
        {
            position++;
            ofList = ParseType(text, ref position);
            SkipSpaces(text, ref position);
            if (ofList is null || position >= text.Length || text[position] != ']')
            {
                return null;
            }

            position++;
        }
        else
        {
            var start = position;
            while (position < text.Length && NameValidation.IsNameContinue(text[position]))
            {
                position++;
            }

            name = text[start..position];
            if (!NameValidation.IsValidName(name))
            {
                return null;
            }
        }

        SkipSpaces(text, ref position);
        var nonNull = position < text.Length && text[position] == '!';
        if (nonNull)
        {
            position++;
        }

        return new TypeReference(name, ofList, nonNull);
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }
    }
}
