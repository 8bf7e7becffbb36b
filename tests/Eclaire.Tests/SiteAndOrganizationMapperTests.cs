using System.Text.Json;
using Gateway.Eclaire.Domain;
using Gateway.Eclaire.Fhir;
using Gateway.Eclaire.Mapping;
using Gateway.Eclaire.Tests.Support;

namespace Gateway.Eclaire.Tests;

public sealed class SiteAndOrganizationMapperTests
{
    [Fact]
    public void Site_maps_field_by_field_with_service_from_the_second_address_line()
    {
        var site = SiteMapper.Map(Fixtures.Load("FindLocation.snap.json", FhirJsonContext.Default.Location));

        Assert.Equal("2022-500014-26-00-0-site", site.Id);
        Assert.Equal(("2022-500014-26-00", 0), (site.StudyId, site.Index));
        Assert.Equal("Donnée non disponible", site.Name);
        Assert.Equal("Avenue Eugene Avinee", site.Street);
        Assert.Equal("Gastroenterology Hepatology and Nutrition Unit Paediatric clinic, Child Unit", site.Service);
        Assert.Equal(2, site.AddressLines.Count);
        Assert.Equal(("Lille", "59350", "FR"), (site.City, site.PostalCode, site.Country));
        Assert.Equal(("test@sante.gouv", "0168496726"), (site.Email, site.Phone));
        var contact = Assert.Single(site.Contacts);
        Assert.Equal(("Dr.", "Aumar"), (contact.Title, contact.FamilyName));
        Assert.Equal(["Madeleine"], contact.GivenNames);
    }

    [Fact]
    public void Production_site_reads_service_and_the_contact_on_an_other_telecom()
    {
        var site = SiteMapper.Map(Fixtures.Load("production_fragments_location.json", FhirJsonContext.Default.Location));

        Assert.Equal("APHP - Hopital Avicenne", site.Name);
        Assert.Equal(("125 RUE DE STALINGRAD", "gastroentérologie", "BOBIGNY"), (site.Street, site.Service, site.City));
        Assert.Null(site.PostalCode);
        Assert.Equal(("rami.abdelkader@cgi.com", "0117959204"), (site.Email, site.Phone));
        Assert.Equal(("Prof.", "test"), (site.Contacts[0].Title, site.Contacts[0].FamilyName));
        Assert.Equal(("2021-A01439-32", 0), (site.StudyId, site.Index));
    }

    [Fact]
    public void Etl_site_without_telecom_system_still_reads_its_contact()
    {
        using var document = JsonDocument.Parse(Fixtures.Bytes("ResearchStudyFactoryCTIS.snap.json"));
        var location = document.RootElement.GetProperty("referenceContents").GetProperty("locations")[0].Deserialize(FhirJsonContext.Default.Location)!;

        var site = SiteMapper.Map(location);

        Assert.Null(site.Email);
        Assert.Null(site.Phone);
        Assert.Equal("Aumar", Assert.Single(site.Contacts).FamilyName);
        Assert.Equal("Gastroenterology Hepatology and Nutrition Unit Paediatric clinic, Child Unit", site.Service);
    }

    [Theory]
    [InlineData("2021-A01439-32-0-site", "2021-A01439-32", 0)]
    [InlineData("2022-500014-26-00-12-site", "2022-500014-26-00", 12)]
    [InlineData("2022-500014-26-00-enrollment-group", null, null)]
    [InlineData("-3-site", null, null)]
    public void Site_ids_name_their_study_and_index(string id, string? studyId, int? index) =>
        Assert.Equal((studyId, index), SiteMapper.ParseSiteId(id));

    [Fact]
    public void Site_with_one_address_line_has_no_service()
    {
        var site = SiteMapper.Map(new Location { Id = "s-1-site", Address = new Address { Line = ["1 rue X"] } });

        Assert.Equal(("1 rue X", (string?)null), (site.Street, site.Service));
    }

    [Theory]
    [InlineData("FindOrganization.snap.json")]
    [InlineData("organization_ctis_from_doc_technique.json")]
    public void Ctis_organization_maps_with_its_row_of_the_association_table(string name)
    {
        var organization = OrganizationMapper.Map(Fixtures.Load(name, FhirJsonContext.Default.Organization));

        Assert.Equal("ctis", organization.Id);
        Assert.Equal("Clinical Trials Information System", organization.Name);
        Assert.Equal("https://euclinicaltrials.eu/", organization.Url);
        Assert.Equal(new OrganizationAssociation(Regulation.Ctis, null), Assert.Single(organization.Associations));
    }

    [Fact]
    public void Etl_ansm_organization_maps_with_its_rows()
    {
        using var document = JsonDocument.Parse(Fixtures.Bytes("ResearchStudyFactoryJARDE.snap.json"));
        var fhir = document.RootElement.GetProperty("referenceContents").GetProperty("organizations")[0].Deserialize(FhirJsonContext.Default.Organization)!;

        var organization = OrganizationMapper.Map(fhir);

        Assert.Equal(("ansm", "Agence nationale de sécurité du médicament et des produits de santé", "https://ansm.sante.fr"), (organization.Id, organization.Name, organization.Url));
        Assert.Equal(
            [
                new OrganizationAssociation(Regulation.Jarde, null),
                new OrganizationAssociation(Regulation.Dm, "Autre"),
                new OrganizationAssociation(Regulation.DmDiv, "Autre"),
            ],
            organization.Associations);
    }

    [Theory]
    [InlineData(Regulation.Ctis, false, "ctis")]
    [InlineData(Regulation.Jarde, false, "ansm")]
    [InlineData(Regulation.Dm, true, "eudract")]
    [InlineData(Regulation.Dm, false, "ansm")]
    [InlineData(Regulation.DmDiv, true, "eudract")]
    [InlineData(Regulation.DmDiv, false, "ansm")]
    public void Association_table_resolves_the_responsible_organization(Regulation regulation, bool categoryOne, string expected)
    {
        Assert.Equal(expected, OrganizationAssociations.Resolve(regulation, categoryOne));
        Assert.Contains(OrganizationAssociations.For(expected), row => row.Regulation == regulation);
    }

    [Fact]
    public void Only_the_three_authorities_are_known()
    {
        Assert.Equal(["ansm", "ctis", "eudract"], OrganizationAssociations.Ids);
        Assert.False(OrganizationAssociations.IsKnown("2022-500014-26-00-primary-sponsor"));
        Assert.Equal(2, OrganizationAssociations.For("eudract").Count);
        Assert.Empty(OrganizationAssociations.For("ANSM"));
    }
}
