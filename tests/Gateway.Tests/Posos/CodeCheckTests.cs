using Gateway.Api.Posos;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// The code checks on real codes: every SNOMED CT concept of the sandbox's condition files (the IPS Free Set and the
/// curated terrains) passes the SNOMED CT check, every CIP13 of the BDPM extract passes the EAN-13 check, and a changed
/// digit fails them.
/// </summary>
public sealed class CodeCheckTests
{
    private static readonly string Data = Path.Combine(RepositoryPaths.Root, "src", "Sandbox", "Data", "Posos");

    [Fact]
    public void Every_snomed_ct_concept_of_the_sandbox_passes_and_a_changed_digit_fails()
    {
        var codes = new[] { "Snomed/ips_free_set_problems.tsv", "Snomed/contraindication_terrains_curated.tsv" }
            .SelectMany(file => File.ReadLines(Path.Combine(Data, file)).Skip(1))
            .Select(line => line.Split('\t')[0].Trim())
            .Where(code => code.Length > 0 && code.All(char.IsAsciiDigit))
            .ToList();

        Assert.True(codes.Count > 5000, codes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(codes, code => Assert.True(PososInputs.IsSnomedConceptId(code), code));
        Assert.All(codes, code => Assert.False(PososInputs.IsSnomedConceptId(code[..^1] + (char)('0' + ((code[^1] - '0' + 1) % 10))), code));
    }

    [Fact]
    public void Every_cip13_of_the_bdpm_passes_and_a_changed_digit_fails()
    {
        var codes = File.ReadLines(Path.Combine(Data, "Bdpm", "bdpm-presentations.tsv"))
            .Select(line => line.Split('\t')[3].Trim())
            .ToList();

        Assert.True(codes.Count > 10000);
        Assert.All(codes, code => Assert.True(PososInputs.IsEan13(code) && code.StartsWith("3400", StringComparison.Ordinal), code));
        Assert.All(codes, code => Assert.False(PososInputs.IsEan13(code[..^1] + (char)('0' + ((code[^1] - '0' + 1) % 10))), code));
    }

    [Theory]
    [InlineData("77386006", true)]
    [InlineData("289908002", true)]
    [InlineData("15971541000119105", true)]
    [InlineData("077386006", false)]
    [InlineData("77386", false)]
    [InlineData("7738600X", false)]
    [InlineData("1234567890123456789", false)]
    [InlineData("77386016", false)]
    public void Snomed_ct_concept_ids(string code, bool valid) => Assert.Equal(valid, PososInputs.IsSnomedConceptId(code));
}
