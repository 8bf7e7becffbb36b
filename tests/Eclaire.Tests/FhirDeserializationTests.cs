using System.Text.Json;
using Gateway.Eclaire.Fhir;
using Gateway.Eclaire.Tests.Support;

namespace Gateway.Eclaire.Tests;

public sealed class FhirDeserializationTests
{
    public static TheoryData<string> ResearchStudyFixtures =>
    [
        "ResearchStudy.snap.json",
        "ResearchStudyFactory.snap.json",
        "ResearchStudyFactoryCTIS.snap.json",
        "ResearchStudyFactoryDM.snap.json",
        "ResearchStudyFactoryJARDE.snap.json",
        "ResearchStudy-2022-500014-26-00-example.json",
        "ResearchStudy-fake-study-example.json",
        "production_fragments_study.json",
        "synthetic_dmdiv_study.json",
    ];

    [Theory]
    [MemberData(nameof(ResearchStudyFixtures))]
    public void Every_research_study_fixture_reads_with_its_id_status_and_identifiers(string name)
    {
        var study = Fixtures.Study(name);

        Assert.False(string.IsNullOrEmpty(study.Id));
        Assert.Equal("ResearchStudy", study.ResourceType);
        Assert.NotNull(study.Identifier);
        Assert.Contains(study.Identifier, i => i.Use == "official" && i.Value is not null);
        Assert.NotNull(study.Extension);
    }

    [Theory]
    [InlineData("BundleWithAllStudies.snap.json", 2, 2, 2)]
    [InlineData("BundleWithFilter.snap.json", 1, 1, 1)]
    [InlineData("BundleWithInclude.snap.json", 2, 6, 2)]
    public void Bundles_read_with_total_links_and_typed_entries(string name, int total, int entries, int studies)
    {
        var bundle = Fixtures.Bundle(name);

        Assert.Equal("searchset", bundle.Type);
        Assert.Equal(total, bundle.Total);
        Assert.Equal(entries, bundle.Entry!.Count);
        Assert.Equal(studies, bundle.Entry.Count(e => e.Resource is ResearchStudy));
        Assert.All(bundle.Entry, e => Assert.StartsWith("http://localhost:3000/R4/", e.FullUrl, StringComparison.Ordinal));
        Assert.Equal("self", Assert.Single(bundle.Link!).Relation);
    }

    [Fact]
    public void Include_bundle_entries_are_typed_by_resource_type()
    {
        var bundle = Fixtures.Bundle("BundleWithInclude.snap.json");

        Assert.Collection(
            bundle.Entry!,
            e => Assert.Equal("2022-500014-26-00", Assert.IsType<ResearchStudy>(e.Resource).Id),
            e => Assert.Equal("2022-500299-71-00", Assert.IsType<ResearchStudy>(e.Resource).Id),
            e => Assert.Equal("2022-500014-26-00-enrollment-group", Assert.IsType<Group>(e.Resource).Id),
            e => Assert.Equal("2022-500014-26-00-0-site", Assert.IsType<Location>(e.Resource).Id),
            e => Assert.Equal("2022-500299-71-00-enrollment-group", Assert.IsType<Group>(e.Resource).Id),
            e => Assert.Equal("ctis", Assert.IsType<Organization>(e.Resource).Id));
        Assert.Equal("http://localhost:3000/R4/ResearchStudy?_include=*&_count=2", bundle.Link![0].Url);
    }

    [Fact]
    public void Read_endpoint_bodies_with_resource_type_last_read_as_their_type()
    {
        var group = Fixtures.Load("FindGroup.snap.json", FhirJsonContext.Default.Resource);
        var location = Fixtures.Load("FindLocation.snap.json", FhirJsonContext.Default.Resource);
        var organization = Fixtures.Load("FindOrganization.snap.json", FhirJsonContext.Default.Resource);
        var real = Fixtures.Load("organization_ctis_from_doc_technique.json", FhirJsonContext.Default.Resource);

        Assert.Equal(21, Assert.IsType<Group>(group).Quantity);
        Assert.Equal("Lille", Assert.IsType<Location>(location).Address!.City);
        Assert.Equal("Clinical Trials Information System", Assert.IsType<Organization>(organization).Name);
        Assert.Equal("https://euclinicaltrials.eu/", Assert.IsType<Organization>(real).Telecom![0].Value);
    }

    [Fact]
    public void Research_study_keeps_every_field_the_domain_reads()
    {
        var study = Fixtures.Study("ResearchStudy.snap.json");

        Assert.Equal("active", study.Status);
        Assert.StartsWith("A PHASE III, RANDOMIZED", study.Title, StringComparison.Ordinal);
        Assert.Equal("phase-III", study.Phase!.Coding![0].Code);
        Assert.Equal("2023-04-12T00:00:00.000Z", study.Meta!.LastUpdated);
        Assert.Equal(["REG536", "study-ctis"], study.Category!.Select(c => c.Coding![0].Code));
        Assert.Equal(3, study.Condition!.Count);
        Assert.Equal("meddra-condition-2022-500014-26-00-10070575", study.Condition[1].Id);
        Assert.Equal("Group/2022-500014-26-00-enrollment-group", study.Enrollment![0].ReferenceValue);
        Assert.Equal("Location/2022-500014-26-00-0-site", study.Site![0].ReferenceValue);
        Assert.Equal(8, study.Location!.Count);
        Assert.Equal("Organization/ctis", study.Identifier![0].Assigner!.ReferenceValue);

        var contact = Assert.Single(study.Contact!);
        Assert.Equal("F. Hoffmann-La Roche AG", contact.Name);
        Assert.Equal("Head of EU", contact.Extension![0].ValueHumanName!.Given![0]);
        Assert.Equal("4058", contact.Extension[1].ValueAddress!.PostalCode);
        Assert.Equal("SCI", contact.Extension[2].ValueCodeableConcept!.Coding![0].Code);
        Assert.Equal("0041616881111", contact.Telecom![0].Value);

        var party = study.Extension!.Single(e => e.Url!.EndsWith("associatedParty", StringComparison.Ordinal));
        Assert.Equal(["name", "role", "party"], party.Nested!.Select(e => e.Url));
        Assert.Equal("Organization/2022-500014-26-00-primary-sponsor", party.Nested![2].ValueReference!.ReferenceValue);
        Assert.Equal("2022-06-30T00:00:00.000Z", study.Extension!.Single(e => e.ValuePeriod is not null).ValuePeriod!.Start);
    }

    [Fact]
    public void Group_characteristics_keep_values_exclude_and_description()
    {
        var group = Fixtures.Load("FindGroup.snap.json", FhirJsonContext.Default.Group);

        Assert.True(group.Actual);
        Assert.Equal("person", group.Type);
        Assert.Equal(8, group.Characteristic!.Count);
        Assert.Equal(65m, group.Characteristic[1].ValueRange!.Low!.Value);
        Assert.Null(group.Characteristic[1].ValueRange!.High);
        Assert.Equal("years", group.Characteristic[2].ValueRange!.High!.Unit);
        Assert.Equal("recruitment_population", group.Characteristic[3].Description);
        Assert.True(group.Characteristic[5].Exclude);
        Assert.Equal("TEST EXCLUSION", group.Characteristic[5].ValueCodeableConcept!.Coding![0].Display);
    }

    [Fact]
    public void Location_telecom_keeps_the_site_contact_name_extension()
    {
        var location = Fixtures.Load("FindLocation.snap.json", FhirJsonContext.Default.Location);

        Assert.Equal(["Avenue Eugene Avinee", "Gastroenterology Hepatology and Nutrition Unit Paediatric clinic, Child Unit"], location.Address!.Line);
        var other = location.Telecom!.Single(t => t.System == "other");
        var name = Assert.Single(other.Extension!).ValueHumanName!;
        Assert.Equal(("Aumar", "Madeleine", "Dr."), (name.Family, name.Given![0], name.Prefix![0]));
    }

    [Theory]
    [InlineData("DailyUpdate.snap.json")]
    [InlineData("DailyUpdateOverTime.snap.json")]
    [InlineData("DailyUpdateSinceYesterday.snap.json")]
    [InlineData("DailyUpdateWithoutNewOnes.snap.json")]
    public void Studies_stored_by_the_etl_read_as_research_studies(string name)
    {
        using var document = JsonDocument.Parse(Fixtures.Bytes(name));
        var hits = document.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(document.RootElement.GetProperty("total").GetInt32(), hits.Count);

        foreach (var hit in hits)
        {
            var study = hit.GetProperty("_source").Deserialize(FhirJsonContext.Default.ResearchStudy)!;
            Assert.Equal(hit.GetProperty("_id").GetString(), study.Id);
            Assert.NotNull(study.Status);
        }
    }

    [Fact]
    public void Unknown_properties_and_resource_types_are_tolerated()
    {
        const string json = """
            {"resourceType":"Bundle","type":"searchset","total":"2","surprise":{"deep":[1,2,{"x":null}]},
             "entry":[
               {"fullUrl":"x","resource":{"id":"p1","meta":{"lastUpdated":"2024-01-01"},"resourceType":"Patient","name":[{"family":"X"}]}},
               {"resource":{"id":"s1","newField":true,"status":"active","resourceType":"ResearchStudy","category":[{"coding":[{"code":"JARDE","extra":1}]}]}}
             ]}
            """;

        var bundle = JsonSerializer.Deserialize(json, FhirJsonContext.Default.Bundle)!;

        Assert.Equal(2, bundle.Total);
        var unknown = Assert.IsType<UnknownResource>(bundle.Entry![0].Resource);
        Assert.Equal(("Patient", "p1", "2024-01-01"), (unknown.ResourceType, unknown.Id, unknown.Meta!.LastUpdated));
        Assert.Equal("JARDE", Assert.IsType<ResearchStudy>(bundle.Entry[1].Resource).Category![0].Coding![0].Code);
    }

    [Fact]
    public void Operation_outcome_reads_its_diagnostics()
    {
        const string json = """
            {"resourceType":"OperationOutcome","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">No research study found</div>"},
             "issue":[{"severity":"error","code":"not-found","diagnostics":"Research study with id 'x' not found"}]}
            """;

        var outcome = Assert.IsType<OperationOutcome>(JsonSerializer.Deserialize(json, FhirJsonContext.Default.Resource));

        Assert.Equal("Research study with id 'x' not found", Assert.Single(outcome.Issue!).Diagnostics);
    }

    [Fact]
    public void Resources_write_back_with_resource_type_first_and_no_nulls()
    {
        var group = Fixtures.Load("FindGroup.snap.json", FhirJsonContext.Default.Resource);

        var json = JsonSerializer.Serialize(group, FhirJsonContext.Default.Resource);
        var again = Assert.IsType<Group>(JsonSerializer.Deserialize(json, FhirJsonContext.Default.Resource));

        Assert.StartsWith("""{"resourceType":"Group","id":"2022-500014-26-00-enrollment-group",""", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\":null", json, StringComparison.Ordinal);
        Assert.Equal(8, again.Characteristic!.Count);
        Assert.Equal("judgement-criteria", again.Characteristic[7].Description);
    }
}
