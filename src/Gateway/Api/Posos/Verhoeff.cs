namespace Gateway.Api.Posos;

/// <summary>The Verhoeff check digit, which every SNOMED CT identifier ends with (SNOMED CT's identifier specification, 6.8).</summary>
internal static class Verhoeff
{
    // d(j, k): multiplication in the dihedral group D5, row by row.
    private static ReadOnlySpan<byte> Multiplication =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 2, 3, 4, 0, 6, 7, 8, 9, 5,
        2, 3, 4, 0, 1, 7, 8, 9, 5, 6,
        3, 4, 0, 1, 2, 8, 9, 5, 6, 7,
        4, 0, 1, 2, 3, 9, 5, 6, 7, 8,
        5, 9, 8, 7, 6, 0, 4, 3, 2, 1,
        6, 5, 9, 8, 7, 1, 0, 4, 3, 2,
        7, 6, 5, 9, 8, 2, 1, 0, 4, 3,
        8, 7, 6, 5, 9, 3, 2, 1, 0, 4,
        9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
    ];

    // p(i, n): the permutation applied to the digit at position i (mod 8) from the right.
    private static ReadOnlySpan<byte> Permutation =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 5, 7, 6, 2, 8, 3, 0, 9, 4,
        5, 8, 0, 3, 7, 9, 6, 1, 4, 2,
        8, 9, 1, 6, 0, 4, 3, 5, 2, 7,
        9, 4, 5, 3, 1, 2, 6, 8, 7, 0,
        4, 2, 8, 6, 5, 7, 3, 9, 0, 1,
        2, 7, 9, 3, 8, 0, 6, 4, 1, 5,
        7, 0, 4, 6, 9, 1, 3, 2, 5, 8,
    ];

    /// <summary>Whether the digits of <paramref name="digits"/>, its last one being the check digit, pass the Verhoeff check.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            check = Multiplication[(check * 10) + Permutation[((i % 8) * 10) + digit]];
        }

        return check == 0;
    }
}
