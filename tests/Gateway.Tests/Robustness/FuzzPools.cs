using System.Text;

namespace Gateway.Tests.Robustness;

/// <summary>
/// The values the fuzzer draws from: edge values of each kind (numbers at and past the limits, cursors and global ids
/// that are not, dates that are not days, codes that fail their check digit, text with control characters, lone
/// surrogates, path separators and Lucene syntax), and the sandbox's real ids so that some reads succeed.
/// </summary>
public sealed class FuzzPools
{
    public FuzzPools(IReadOnlyList<string> studyIds, IReadOnlyList<string> groupIds, IReadOnlyList<string> siteIds, IReadOnlyList<string> globalIds)
    {
        StudyIds = [.. studyIds, "2022-500014-26-00", "2021-A01563-38", "no-such-study", "2022-500014-26-00/../../_sandbox/faults"];
        GroupIds = [.. groupIds, "no-such-study-enrollment-group"];
        SiteIds = [.. siteIds, "no-such-study-0-site", "x-2147483648-site"];
        NodeIds =
        [
            .. globalIds,
            B64("Study:"), B64("Study:no-such-study"), B64("Foo:bar"), B64(":x"), B64("Study"), B64("study:x"), B64("Study:../../_sandbox/faults"),
            B64("Study:" + new string('a', 5000)), B64("Organization:ansm"), B64("Organization:nope"), B64("Site:x-1-site"), B64("Group:\u0000"),
            B64("Study:\n"), B64("Node:x"), B64("Query:x"), B64("Study:%2F..%2F"), B64("Study: "), B64("Site:" + (studyIds.Count > 0 ? studyIds[0] : "x") + "-99999999999-site"),
            Convert.ToBase64String([0xff, 0xfe, 0x3a, 0x41]), Convert.ToBase64String(Encoding.UTF8.GetBytes("Stüdy:x")),
            "", " ", "U3R1ZHk6", "U3R1ZHk6eA", "=", "====", "YQ==YQ==", "@@@@", "U3R1ZHk6eA==\n",
        ];
        OrganizationIds = ["ansm", "ctis", "eudract", "ANSM", " ansm ", "nope", B64("Organization:ctis"), B64("Study:ansm")];
    }

    public IReadOnlyList<string> StudyIds { get; }

    public IReadOnlyList<string> GroupIds { get; }

    public IReadOnlyList<string> SiteIds { get; }

    public IReadOnlyList<string> NodeIds { get; }

    public IReadOnlyList<string> OrganizationIds { get; }

    /// <summary>Text of no one in particular: edges of length, encoding, syntax and URL building.</summary>
    public static IReadOnlyList<string> Texts { get; } =
    [
        "", " ", "\t\n", "a", "cancer", "cancer du sein", "\"AND\" OR", "(", ")", "*", "?", "\\", "title:cancer", "*:*", "a AND (b OR", "~", "^2",
        "NOT", "é", "Ω≈ç√", "😀", "\u0000", "\u0001\u0002", "\u001b[31m", "\u007f", "\u202e", "\ufeff", "\ud800", "\udc00x", "%00", "%2F..%2F",
        "../../_sandbox/faults", "a/b", "a?b=c&_count=1000", "a#frag", "&status=active", "null", "[]", "{}", "<script>alert(1)</script>",
        "${jndi:ldap://x}", "'; DROP TABLE studies; --", new string('a', 201), new string('é', 1000), new string('x', 70_000),
        string.Concat(Enumerable.Repeat("😀", 3000)), "line1\nline2", "\r\n", "REG536", "2022-500014-26-00", "\"unterminated",
        "a\u0000b", "/", "%", "+", "  padded  ",
    ];

    /// <summary>Values of <c>after</c>: cursors of other positions, of other shapes, and things that are not cursors.</summary>
    public static IReadOnlyList<string> Cursors { get; } =
    [
        B64("offset:0"), B64("offset:4"), B64("offset:-1"), B64("offset:9998"), B64("offset:9999"), B64("offset:10000"),
        B64("offset:2147483647"), B64("offset:2147483646"), B64("offset:99999999999"), B64("offset:+5"), B64("offset: 5"),
        B64("offset:٥"), B64("offset:"), B64("offset:5\n"), B64("Study:x"), B64("offset:0x10"), B64("offset:-2147483648"),
        "", "offset:5", "====", "YQ", "YQ==", "@@@@", new string('A', 100), "b2Zmc2V0OjQ=\n", " b2Zmc2V0OjQ=", "b2Zmc2V0OjQ",
        Convert.ToBase64String([0x6f, 0x66, 0x66, 0xff, 0xfe]),
    ];

    /// <summary>Values of <c>DateFilter</c>'s members: days, days that do not exist, other formats, comparison prefixes.</summary>
    public static IReadOnlyList<string> Days { get; } =
    [
        "2024-01-01", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "0000-01-01", "0001-01-01", "9999-12-31",
        "10000-01-01", "2024-1-1", "20240101", "2024-01-01T00:00:00Z", "2024-01-01Z", " 2024-01-01", "2024-01-01 ", "ge2024-01-01",
        "gt2024-01-01", "eq2024", "2024", "2024-01", "", "-2024-01-01", "+2024-01-01", "２０２４-01-01", "2024‐01‐01",
        "٢٠٢٤-٠١-٠١", "2024-01-01\u0000", "2024/01/01", "01/02/2024",
    ];

    /// <summary>Birth dates: a patient's data (past, future, too old, not days, other formats).</summary>
    public static IReadOnlyList<string> BirthDates { get; } =
    [
        "1961-11-23", "1987-04-12", "2000-02-29", "1944-06-06", "2999-01-01", "2100-06-15", "1850-03-03", "1980-13-45", "1977-02-31",
        "1979-1-2", "19780304", "1976-05-06T00:00:00Z", "  1975-07-08", "1974-08-09 ", "le1973-09-10", "+1972-10-11", "１９７１-11-12",
        "1969-01-01\u0000", "2003-03-03", "2012-12-12", "1958-08-18",
    ];

    /// <summary>Drug codes at every level, valid and not.</summary>
    public static IReadOnlyList<string> DrugCodes { get; } =
    [
        "MV00003202", "MV00001165", "mv00003202", "61052830", "67037301", "67997205", "3400932959358", Ean13("340093000001"),
        Ean13("340089000001"), "3295935", "9000001", "MV", "MV000032020000", "MV-1", "6105283", "610528301", "3400932959359",
        "3400932959358 ", "ＭＶ00003202", "61052830\n", "-61052830", "0x3ac", "", "٦١٠٥٢٨٣٠", "34009329593580",
    ];

    public static IReadOnlyList<string?> Terminologies { get; } =
    [
        null, "", "posos", "POSOS", "cis", "cip13", "CIP7", "ucd13", "ucd7", "SNOMED_CT", "snomed", "http://snomed.info/sct", "SNOMED-CT",
        "sct", "loinc", "İ", "cıs", "\u0000", new string('t', 300), " cis ",
    ];

    /// <summary>SNOMED CT codes: concepts, and codes failing the length, the partition or the check digit.</summary>
    public static IReadOnlyList<string> SnomedCodes { get; } =
    [
        "77386006", "13200003", "197321007", "38341003", "73211009", "236423003", "77386007", "123", "0077386006", "77386006X",
        " 77386006 ", "7738600６", "999999999999999999", "1234567890123456789", "٧٧٣٨٦٠٠٦", "77386-006", "", "77386016",
    ];

    public static IReadOnlyList<string> Ingredients { get; } =
    [
        "WARFARINE", "IODE", "Injection de produit de contraste iodé", "METFORMINE", "", " ", new string('w', 201), new string('é', 150),
        "ISOTRETINOINE", "DOXYCYCLINE",
    ];

    public static IReadOnlyList<string> AtcCodes { get; } = ["B01AA", "C07AB02", "c07", "V08AB", "Z99ZZ99", "B01AA03X", "", "B", "B01AA\n", "Ｂ01", "J01AA02"];

    public static IReadOnlyList<string> MeasurementTypes { get; } = ["CREATININE_CLEARANCE", "POTASSIUM", "WEIGHT", "HEART_RATE", "", new string('q', 201)];

    public static IReadOnlyList<string> Units { get; } = ["mL/min", "kg", "mmol/L", "", new string('u', 201), "\u0000"];

    /// <summary>Autocomplete searches (a drug or condition being looked up is a patient's data).</summary>
    public static IReadOnlyList<string> Searches { get; } =
    [
        "glucophage", "sitagliptine", "grossesse", "insuffisance rénale", "DOLIPRANE", "a", "", " ", new string('s', 200), new string('s', 201),
        "\u0000", "😀", "%", "&k=1000", "../", new string('é', 200), "metformine", "GLUCOPH", "\ud800abc",
    ];

    /// <summary>Integers: the limits of the arguments and of GraphQL's Int, as numbers (variables or literals).</summary>
    public static IReadOnlyList<long> Ints { get; } = [int.MinValue, -1, 0, 1, 2, 3, 20, 99, 100, 101, 1000, 9999, 10_000, int.MaxValue];

    /// <summary>Integer literals that are not GraphQL Ints (too large, floats, other notations).</summary>
    public static IReadOnlyList<string> BadIntLiterals { get; } = ["2147483648", "-2147483649", "1e3", "1.0", "-0", "99999999999999999999", "1.5", "0.0001"];

    public static IReadOnlyList<string> Floats { get; } = ["0", "-1", "25", "37.5", "1.5e2", "1e308", "-1e308", "1e309", "4.9e-324", "0.1", "30", "-0.0", "123456789012345678901234567890"];

    /// <summary>JSON values of every kind, to give a variable a value of the wrong type.</summary>
    public static IReadOnlyList<string> WrongJson { get; } =
    [
        "\"text\"", "1.5", "true", "[]", "{}", "[[1]]", "9007199254740993", "1e400", "-0", "null", "[null]", "{\"a\":{\"b\":[1,{\"c\":null}]}}",
        "\"\\ud800\"", "-1e400", "[[[[[[[[[[[]]]]]]]]]]]", "\"2024-01-01\"", "{\"clinicalDrug\":null}",
    ];

    /// <summary>Values that are nobody's health data, so finding them in a log or message is not a leak.</summary>
    public static IReadOnlySet<string> NotSensitive { get; } = new HashSet<string>(
        [.. Texts, .. Days, .. Cursors, "", " "],
        StringComparer.OrdinalIgnoreCase);

    public static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>Twelve digits and their EAN-13 check digit.</summary>
    public static string Ean13(string twelveDigits)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (twelveDigits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return twelveDigits + (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
