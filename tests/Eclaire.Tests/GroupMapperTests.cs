using System.Text.Json;
using Gateway.Eclaire.Domain;
using Gateway.Eclaire.Fhir;
using Gateway.Eclaire.Mapping;
using Gateway.Eclaire.Tests.Support;

namespace Gateway.Eclaire.Tests;

public sealed class GroupMapperTests
{
    [Fact]
    public void Ctis_group_maps_field_by_field()
    {
        var group = GroupMapper.Map(Fixtures.Load("FindGroup.snap.json", FhirJsonContext.Default.Group));

        Assert.Equal("2022-500014-26-00-enrollment-group", group.Id);
        Assert.Equal("2022-500014-26-00", group.StudyId);
        Assert.True(group.Actual);
        Assert.Equal("person", group.Type);
        Assert.Equal(21, group.PlannedSize);
        Assert.Equal([Gender.Male, Gender.Female], group.Genders);
        Assert.Equal([new AgeRange(65, null, "years"), new AgeRange(18, 64, "years")], group.AgeRanges);
        Assert.Empty(group.Categories);
        Assert.Equal(["no-using-contraception", "using-contraception"], group.RecruitmentPopulations.Select(p => p.Code));
        Assert.StartsWith("Women of child bearing potential not using contraception", group.RecruitmentPopulations[0].Display, StringComparison.Ordinal);
        Assert.Null(group.VulnerablePopulation);
        Assert.Equal(["TEST INCLUSION"], group.InclusionCriteria);
        Assert.Equal(["TEST EXCLUSION"], group.ExclusionCriteria);
        Assert.Equal(["TEST PRINCIPAL"], group.PrimaryEndpoints);
        Assert.Equal(["TEST SECONDAIRE"], group.SecondaryEndpoints);
        Assert.Empty(group.OtherCriteria);
    }

    [Fact]
    public void Jarde_group_from_production_fragments_reads_the_vulnerable_population_and_category()
    {
        var group = GroupMapper.Map(Fixtures.Load("production_fragments_group.json", FhirJsonContext.Default.Group));

        Assert.Equal(("2021-A01439-32", 3000), (group.StudyId, group.PlannedSize));
        Assert.Equal([Gender.Female, Gender.Male], group.Genders);
        Assert.Equal([new AgeRange(18, 64, "years")], group.AgeRanges);
        Assert.Equal(["Patient"], group.Categories);
        Assert.Empty(group.RecruitmentPopulations);

        // vulnerable_population with exclude: true: the population is not included, so not vulnerable.
        Assert.False(group.VulnerablePopulation);
        Assert.Equal(["Test 2"], group.ExclusionCriteria);

        // The seed document's variant puts the description in code.text.
        Assert.StartsWith("Hommes et Femmes à partir de 18 ans", Assert.Single(group.InclusionCriteria), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(null, null)]
    public void Vulnerable_population_is_the_inclusion_of_the_other_population(bool? exclude, bool? vulnerable)
    {
        var group = GroupMapper.Map(new Group
        {
            Id = "s-enrollment-group",
            Characteristic =
            [
                new GroupCharacteristic
                {
                    Code = Kind("grp-studypop"),
                    Exclude = exclude,
                    Description = "vulnerable_population",
                    ValueCodeableConcept = new CodeableConcept { Coding = [new Fhir.Coding { Code = "other", System = EclaireUris.StudyPopulationCodeSystem }] },
                },
            ],
        });

        Assert.Equal(vulnerable, group.VulnerablePopulation);
        Assert.Empty(group.RecruitmentPopulations);
    }

    [Theory]
    [InlineData("eligibility-criteria", false, "inclusion")]
    [InlineData("eligibility-criteria", true, "exclusion")]
    [InlineData("judgement-criteria", false, "primary")]
    [InlineData("judgement-criteria", true, "secondary")]
    [InlineData(null, false, "other")]
    public void Criteria_follow_the_description_and_exclude_matrix(string? description, bool exclude, string expected)
    {
        var group = GroupMapper.Map(new Group
        {
            Id = "s-enrollment-group",
            Characteristic =
            [
                new GroupCharacteristic
                {
                    Code = Kind("grp-other"),
                    Exclude = exclude,
                    Description = description,
                    ValueCodeableConcept = new CodeableConcept { Coding = [new Fhir.Coding { Display = "critère" }] },
                },
            ],
        });

        var lists = new Dictionary<string, IReadOnlyList<string>>
        {
            ["inclusion"] = group.InclusionCriteria,
            ["exclusion"] = group.ExclusionCriteria,
            ["primary"] = group.PrimaryEndpoints,
            ["secondary"] = group.SecondaryEndpoints,
            ["other"] = group.OtherCriteria,
        };
        foreach (var (name, list) in lists)
        {
            Assert.Equal(name == expected ? ["critère"] : [], list);
        }
    }

    [Fact]
    public void Etl_group_without_descriptions_keeps_criteria_apart_and_skips_codeless_populations()
    {
        using var document = JsonDocument.Parse(Fixtures.Bytes("ResearchStudyFactoryDM.snap.json"));
        var fhir = document.RootElement.GetProperty("referenceContents").GetProperty("enrollmentGroup").Deserialize(FhirJsonContext.Default.Group)!;

        var group = GroupMapper.Map(fhir);

        Assert.Equal([Gender.Unknown], group.Genders);
        Assert.Empty(group.RecruitmentPopulations);
        Assert.Null(group.VulnerablePopulation);
        Assert.Equal(["TEST INCLUSION", "TEST EXCLUSION", "TEST PRINCIPAL", "TEST SECONDAIRE"], group.OtherCriteria);
        Assert.Equal(96, group.PlannedSize);
    }

    [Fact]
    public void Seed_spelling_of_study_population_is_read()
    {
        var group = GroupMapper.Map(new Group
        {
            Id = "g",
            Characteristic =
            [
                new GroupCharacteristic
                {
                    Code = Kind("grp-stydypop"),
                    ValueCodeableConcept = new CodeableConcept { Coding = [new Fhir.Coding { Code = "using-contraception", Display = "Women ..." }] },
                },
            ],
        });

        Assert.Equal("using-contraception", Assert.Single(group.RecruitmentPopulations).Code);
        Assert.Null(group.StudyId);
    }

    private static CodeableConcept Kind(string code) =>
        new() { Coding = [new Fhir.Coding { Code = code, System = EclaireUris.GroupCharacteristicKindCodeSystem }] };
}
