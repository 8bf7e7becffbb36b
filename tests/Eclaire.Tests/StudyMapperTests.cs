using Gateway.Eclaire.Domain;
using Gateway.Eclaire.Mapping;
using Gateway.Eclaire.Tests.Support;

namespace Gateway.Eclaire.Tests;

public sealed class StudyMapperTests
{
    private const string Ansm = "ansm";

    [Fact]
    public void Ctis_study_maps_field_by_field()
    {
        var study = StudyMapper.Map(Fixtures.Study("ResearchStudy.snap.json"));

        Assert.Equal("2022-500014-26-00", study.Id);
        Assert.StartsWith("A PHASE III, RANDOMIZED, OPEN-LABEL STUDY", study.Title, StringComparison.Ordinal);
        Assert.Equal(StudyStatus.Active, study.Status);
        Assert.Equal("active", study.StatusCode);
        Assert.Equal("EN COURS", study.StatusLabel);
        Assert.Equal(RecruitmentStatus.Upcoming, study.RecruitmentStatus);
        Assert.Equal("RECRUTEMENT EN ATTENTE", study.RecruitmentStatusLabel);
        Assert.Equal(new Period(new DateOnly(2022, 6, 30), null), study.RecruitmentPeriod);
        Assert.Equal(Regulation.Ctis, study.Regulation);
        Assert.Equal("study-ctis", study.RegulationPrecision!.Code);
        Assert.Equal("un essai clinique (CTIS)", study.RegulationPrecision.Display);
        Assert.False(study.LowIntervention);
        Assert.Equal(
            new Coding("https://interop.esante.gouv.fr/ig/fhir/eclaire/CodeSystem/eclaire-study-phase-source-code-system", "phase-III", "Therapeutic confirmatory  (Phase III)", "0.3.0"),
            study.Phase);
        Assert.Equal("Diseases [C] - Neoplasms [C04]", study.TherapeuticArea);
        Assert.Null(study.Summary);
        Assert.Null(study.Objective);
        Assert.Null(study.ParticipationDuration);
        Assert.Equal(new DateTimeOffset(2023, 4, 12, 0, 0, 0, TimeSpan.Zero), study.LastUpdated);
        Assert.Null(study.ReviewDate);
        Assert.Equal("2022-500014-26-00-enrollment-group", study.GroupId);
        Assert.Equal(["2022-500014-26-00-0-site"], study.SiteIds);
        Assert.Equal("ctis", study.OrganizationId);

        Assert.Collection(
            study.Conditions,
            c => Assert.Equal(("disease-condition-2022-500014-26-00", "Locally-Advanced or Metastatic breast cancer (MBC)", (string?)null), (c.Id, c.Text, c.MeddraCode)),
            c => Assert.Equal(("Cancer du sein à récepteurs aux oestrogènes positifs", "10070575", "https://www.meddra.org"), (c.Text, c.MeddraCode, c.Codings[0].System)),
            c => Assert.Equal(("Cancer du sein HER2 positif", "10065430"), (c.Text, c.MeddraCode)));

        var identifier = Assert.Single(study.Identifiers);
        Assert.Equal(new StudyIdentifier("2022-500014-26-00", IdentifierKind.Primary, null, "official", "ctis"), identifier);

        var contact = Assert.Single(study.Contacts);
        Assert.Equal(ContactType.Scientific, contact.Type);
        Assert.Equal("SCI", contact.TypeCode);
        Assert.Equal("F. Hoffmann-La Roche AG", contact.Organization);
        Assert.Equal("Trial Information Support Line-TISL, Switzerland", contact.FamilyName);
        Assert.Equal(["Head of EU"], contact.GivenNames);
        Assert.Equal(["Grenzacherstrasse 124"], contact.Address!.Lines);
        Assert.Equal(("Switzerland", "4058", "Basel Town"), (contact.Address.City, contact.Address.PostalCode, contact.Address.Country));
        Assert.Equal("0041616881111", contact.Phone);
        Assert.Equal("global.rochegenentechtrials@roche.com", contact.Email);

        Assert.Equal(["BE", "DE", "ES", "FR", "HU", "IT", "PL", "PT"], study.Countries.Select(c => c.Code));
        Assert.Equal("France", study.Countries[3].Display);
        Assert.Equal("urn:iso:std:iso:3166", study.Countries[3].System);

        var sponsor = Assert.Single(study.Parties);
        Assert.Equal(new StudyParty("F. Hoffmann-La Roche AG", "lead-sponsor", null, "Organization/2022-500014-26-00-primary-sponsor"), sponsor);
    }

    [Fact]
    public void Jarde_study_maps_field_by_field()
    {
        var study = StudyMapper.Map(Fixtures.Study("ResearchStudyFactoryJARDE.snap.json"));

        Assert.Equal("2021-A01022-39", study.Id);
        Assert.Equal("Détermination des paramètres biomécaniques et fonctionnels de la locomotion des enfants en fonction des conditions de chaussage.", study.Title);
        Assert.Equal((StudyStatus.Active, "EN COURS"), (study.Status, study.StatusLabel));
        Assert.Equal(RecruitmentStatus.Recruiting, study.RecruitmentStatus);
        Assert.Equal("RECRUTEMENT OUVERT", study.RecruitmentStatusLabel);
        Assert.Null(study.RecruitmentPeriod);
        Assert.Equal(Regulation.Jarde, study.Regulation);
        Assert.Equal(("cat3-jarde", "Catégorie 3 (JARDE)"), (study.RegulationPrecision!.Code, study.RegulationPrecision.Display));
        Assert.Null(study.LowIntervention);
        Assert.Equal(("phase-1", "Phase 1", "http://terminology.hl7.org/CodeSystem/research-study-phase"), (study.Phase!.Code, study.Phase.Display, study.Phase.System));
        Assert.Equal("Autres", study.TherapeuticArea);
        Assert.Empty(study.Conditions);
        Assert.Empty(study.Countries);
        Assert.Equal(new DateTimeOffset(2023, 4, 4, 0, 0, 0, TimeSpan.Zero), study.ReviewDate);
        Assert.Equal(new DateTimeOffset(2023, 4, 4, 0, 0, 0, TimeSpan.Zero), study.LastUpdated);
        Assert.Equal("2021-A01022-39-enrollment-group", study.GroupId);
        Assert.Empty(study.SiteIds);
        Assert.Equal(Ansm, study.OrganizationId);
        Assert.Equal(new StudyIdentifier("2021-A01022-39", IdentifierKind.Primary, null, "official", Ansm), Assert.Single(study.Identifiers));
        Assert.Equal(new StudyParty("Université Polytechnique Hauts-de-France", "lead-sponsor", null, "Organization/2021-A01022-39-primary-sponsor"), Assert.Single(study.Parties));

        Assert.Collection(
            study.Contacts,
            sponsor =>
            {
                // The ETL's record carries the sponsor contact without a type.
                Assert.Equal(ContactType.Unspecified, sponsor.Type);
                Assert.Null(sponsor.TypeCode);
                Assert.Equal(("GILLET", "Christophe"), (sponsor.FamilyName, sponsor.GivenNames[0]));
                AssertAddress(sponsor.Address, ["LAMIH - Campus du Mont-Houy"], "France", "59313", "Valenciennes");
                Assert.Null(sponsor.Phone);
                Assert.Equal("christophe.gillet@uphf.fr", sponsor.Email);
            },
            publicContact =>
            {
                Assert.Equal((ContactType.Public, "PUB"), (publicContact.Type, publicContact.TypeCode));
                Assert.Null(publicContact.FamilyName);
                Assert.Empty(publicContact.GivenNames);
                Assert.Null(publicContact.Address);
                Assert.Null(publicContact.Email);
            });
    }

    [Fact]
    public void Dm_study_maps_field_by_field()
    {
        var study = StudyMapper.Map(Fixtures.Study("ResearchStudyFactoryDM.snap.json"));

        Assert.Equal("2021-A01563-38", study.Id);
        Assert.StartsWith("ÉVALUATION DU DISPOSITIF MEDICAL ENDOTRAP", study.Title, StringComparison.Ordinal);
        Assert.Equal((StudyStatus.AdministrativelyCompleted, "administratively-completed", "TERMINÉE ANTICIPÉE"), (study.Status, study.StatusCode, study.StatusLabel));
        Assert.Equal(RecruitmentStatus.Recruiting, study.RecruitmentStatus);
        Assert.Equal(Regulation.Dm, study.Regulation);
        Assert.Equal(("IC-Cas-4-2", "IC-Cas 4.2 (DM)"), (study.RegulationPrecision!.Code, study.RegulationPrecision.Display));
        Assert.Null(study.LowIntervention);
        Assert.Equal("n-a", study.Phase!.Code);
        Assert.Equal("Hépato-gastro-entérologie", study.TherapeuticArea);
        Assert.Equal(Ansm, study.OrganizationId);
        Assert.Equal("2021-A01563-38-enrollment-group", study.GroupId);
        Assert.Equal("Soladis Clinical Studies", Assert.Single(study.Parties).Name);
        Assert.Equal(("D'HONDT", "cdp_scs@soladis.fr"), (study.Contacts[0].FamilyName, study.Contacts[0].Email));
        AssertAddress(study.Contacts[0].Address, ["15 Boulevard du Général Leclerc"], "France", "59100", "Roubaix");
        Assert.Equal(ContactType.Public, study.Contacts[1].Type);
    }

    [Fact]
    public void Dm_div_study_maps_regulation_precision_and_eudract()
    {
        // Synthetic fixture: no DM-DIV record exists in the shared material (see Fixtures/README.md).
        var study = StudyMapper.Map(Fixtures.Study("synthetic_dmdiv_study.json"));

        Assert.Equal(Regulation.DmDiv, study.Regulation);
        Assert.Equal("EP-Cas-1", study.RegulationPrecision!.Code);
        Assert.Null(study.LowIntervention);
        Assert.Equal((StudyStatus.TemporarilyClosedToAccrual, "SUSPENDUE"), (study.Status, study.StatusLabel));
        Assert.Equal((RecruitmentStatus.CompletedRecruiting, "RECRUTEMENT FERMÉ"), (study.RecruitmentStatus, study.RecruitmentStatusLabel));
        Assert.Equal("eudract", study.OrganizationId);
        Assert.Null(study.GroupId);
        Assert.Empty(study.Contacts);
        Assert.Empty(study.Parties);
    }

    [Fact]
    public void Production_fragments_map_summary_objective_duration_identifiers_and_contacts()
    {
        var study = StudyMapper.Map(Fixtures.Study("production_fragments_study.json"));

        Assert.StartsWith("Dans l'amylose cardiaque à transthyrétine", study.Summary, StringComparison.Ordinal);
        Assert.Equal("Objectif principal : \nÉvaluer l'atteinte micro-circulatoire dans l'amylose cardiaque (TTR), à 24 mois de traitement.", study.Objective);
        Assert.Equal("La durée de participation est de: 24 mois", study.Description);
        Assert.Equal("24 mois", study.ParticipationDuration);
        Assert.Equal(24, study.ParticipationDurationMonths);
        Assert.Equal("Neurologie/neurochirurgie", study.TherapeuticArea);
        Assert.Equal(new Period(new DateOnly(2025, 4, 4), new DateOnly(2025, 4, 4)), study.RecruitmentPeriod);
        Assert.Equal(new DateTimeOffset(2025, 12, 19, 0, 0, 0, TimeSpan.Zero), study.LastUpdated);
        Assert.Equal(Regulation.Jarde, study.Regulation);
        Assert.Equal("phase-3", study.Phase!.Code);

        Assert.Equal(
            [
                new StudyIdentifier("2021-A00971-40", IdentifierKind.Primary, null, "official", Ansm),
                new StudyIdentifier("NCT05103943", IdentifierKind.Nct, "https://clinicaltrials.gov", "secondary", Ansm),
                new StudyIdentifier("2021-A00971-40", IdentifierKind.Utn, "https://www.who.int/tools/clinical-trials-registry-platform", "secondary", Ansm),
                new StudyIdentifier("CHRO-2021-05", IdentifierKind.Free, "https://my-identifier.fr", "temp", Ansm),
            ],
            study.Identifiers);

        Assert.Collection(
            study.Contacts,
            sponsor =>
            {
                Assert.Equal((ContactType.Scientific, "URIAG", "test"), (sponsor.Type, sponsor.Organization, sponsor.FamilyName));
                Assert.Equal(["promotion"], sponsor.GivenNames);
                AssertAddress(sponsor.Address, ["14 avenue duquesne"], "France", "75100", "PARIS");
                Assert.Equal((null, "testpromotion2@yopmail.com"), (sponsor.Phone, sponsor.Email));
            },
            publicContact =>
            {
                Assert.Equal((ContactType.Public, "BAILLY", "Matthieu"), (publicContact.Type, publicContact.FamilyName, publicContact.GivenNames[0]));
                Assert.Equal(("+33 02 38 57 50 78", "matthieu.bailly@chu-orleans.fr"), (publicContact.Phone, publicContact.Email));
            });
    }

    [Fact]
    public void Ig_examples_read_the_ig_summary_url_and_classifier()
    {
        var example = StudyMapper.Map(Fixtures.Study("ResearchStudy-fake-study-example.json"));
        var ctis = StudyMapper.Map(Fixtures.Study("ResearchStudy-2022-500014-26-00-example.json"));

        Assert.Equal("Ceci est un test de ressource pour Eclaire", example.Summary);
        Assert.Equal(("lead-sponsor", "academic"), (example.Parties[0].Role, example.Parties[0].Classifier));
        Assert.Equal("Ceci est un test de ressource pour Eclaire", ctis.Summary);
        Assert.Equal([IdentifierKind.Primary, IdentifierKind.Other], ctis.Identifiers.Select(i => i.Kind));
        Assert.Equal(3, ctis.Contacts.Count);
        Assert.Equal([ContactType.Unspecified, ContactType.Scientific, ContactType.Public], ctis.Contacts.Select(c => c.Type));
        Assert.Equal("ctis", ctis.OrganizationId);
    }

    [Theory]
    [InlineData("approved", StudyStatus.Approved, "À DÉMARRER / PROROGÉE")]
    [InlineData("active", StudyStatus.Active, "EN COURS")]
    [InlineData("completed", StudyStatus.Completed, "ARCHIVÉE / TERMINÉE")]
    [InlineData("temporarily-closed-to-accrual", StudyStatus.TemporarilyClosedToAccrual, "SUSPENDUE")]
    [InlineData("administratively-completed", StudyStatus.AdministrativelyCompleted, "TERMINÉE ANTICIPÉE")]
    [InlineData("withdrawn", StudyStatus.Withdrawn, "ABANDONNÉE / EXPIRÉE")]
    public void Status_table_maps_every_fhir_code(string code, StudyStatus expected, string label)
    {
        var study = StudyMapper.Map(new Fhir.ResearchStudy { Id = "x", Status = code });

        Assert.Equal((expected, label, code), (study.Status, study.StatusLabel, study.StatusCode));
        Assert.Equal(code, expected.ToFhirCode());
    }

    [Theory]
    [InlineData("A_DEMARRER", StudyStatus.Approved)]
    [InlineData("PROROGEE", StudyStatus.Approved)]
    [InlineData("EN_COURS", StudyStatus.Active)]
    [InlineData("ARCHIVEE", StudyStatus.Completed)]
    [InlineData("TERMINEE", StudyStatus.Completed)]
    [InlineData("SUSPENDUE", StudyStatus.TemporarilyClosedToAccrual)]
    [InlineData("TERMINEE_ANTICIPEE", StudyStatus.AdministrativelyCompleted)]
    [InlineData("ABANDONNEE", StudyStatus.Withdrawn)]
    [InlineData("EXPIREE", StudyStatus.Withdrawn)]
    public void Eclaire_source_states_map_as_the_api_does(string state, StudyStatus expected) =>
        Assert.Equal(expected, StudyStatusExtensions.FromEclaireState(state));

    [Theory]
    [InlineData("upcoming", RecruitmentStatus.Upcoming, "RECRUTEMENT EN ATTENTE")]
    [InlineData("recruiting", RecruitmentStatus.Recruiting, "RECRUTEMENT OUVERT")]
    [InlineData("completed-recruiting", RecruitmentStatus.CompletedRecruiting, "RECRUTEMENT FERMÉ")]
    public void Recruitment_table_maps_every_code(string code, RecruitmentStatus expected, string label)
    {
        var study = StudyMapper.Map(new Fhir.ResearchStudy
        {
            Id = "x",
            Extension =
            [
                new Fhir.Extension
                {
                    Url = Fhir.EclaireUris.RecruitmentStatus,
                    ValueCodeableConcept = new Fhir.CodeableConcept { Coding = [new Fhir.Coding { Code = code, System = Fhir.EclaireUris.RecruitmentStatusCodeSystem }] },
                },
            ],
        });

        Assert.Equal((expected, label), (study.RecruitmentStatus, study.RecruitmentStatusLabel));
        Assert.Equal(code, expected.ToCode());
    }

    [Theory]
    [InlineData(null, "official", IdentifierKind.Primary)]
    [InlineData("https://clinicaltrials.gov", "secondary", IdentifierKind.Nct)]
    [InlineData("https://www.isrctn.com", "secondary", IdentifierKind.Isrctn)]
    [InlineData("https://www.who.int/tools/clinical-trials-registry-platform", "secondary", IdentifierKind.Utn)]
    [InlineData("https://my-identifier.fr", "temp", IdentifierKind.Free)]
    [InlineData(null, "secondary", IdentifierKind.Other)]
    [InlineData("https://example.org/registry", "secondary", IdentifierKind.Other)]
    public void Identifier_table_tells_the_kind_by_system(string? system, string use, IdentifierKind expected)
    {
        var study = StudyMapper.Map(new Fhir.ResearchStudy
        {
            Id = "x",
            Identifier = [new Fhir.Identifier { System = system, Use = use, Value = "N-1", Assigner = new Fhir.Reference { ReferenceValue = "Organization/ansm" } }],
        });

        Assert.Equal(new StudyIdentifier("N-1", expected, system, use, Ansm), Assert.Single(study.Identifiers));
    }

    [Theory]
    [InlineData("REG536", "study-low-inter-ctis", Regulation.Ctis, true)]
    [InlineData("REG536", "study-ctis", Regulation.Ctis, false)]
    [InlineData("REG536", null, Regulation.Ctis, null)]
    [InlineData("REG745", "IC-Cas-1", Regulation.Dm, null)]
    [InlineData("REG746", "EP-Cas-2", Regulation.DmDiv, null)]
    [InlineData("JARDE", "cat1-jarde", Regulation.Jarde, null)]
    public void Regulation_and_low_intervention_come_from_the_categories(string code, string? precision, Regulation regulation, bool? lowIntervention)
    {
        List<Fhir.CodeableConcept> categories =
        [
            new() { Coding = [new Fhir.Coding { Code = code, System = Fhir.EclaireUris.RegulationCodeSystem }] },
        ];
        if (precision is not null)
        {
            categories.Add(new() { Coding = [new Fhir.Coding { Code = precision, System = Fhir.EclaireUris.RegulationPrecisionCodeSystem }] });
        }

        var study = StudyMapper.Map(new Fhir.ResearchStudy { Id = "x", Category = categories });

        Assert.Equal((regulation, lowIntervention, precision), (study.Regulation, study.LowIntervention, study.RegulationPrecision?.Code));
        Assert.Equal(code, regulation.ToCode());
    }

    [Fact]
    public void Unknown_status_codes_and_missing_elements_map_to_null_and_empty()
    {
        var study = StudyMapper.Map(new Fhir.ResearchStudy { Identifier = [new Fhir.Identifier { Use = "official", Value = "2020-A00001-01" }], Status = "in-review" });

        Assert.Equal("2020-A00001-01", study.Id);
        Assert.Null(study.Status);
        Assert.Equal("in-review", study.StatusCode);
        Assert.Null(study.StatusLabel);
        Assert.Null(study.Regulation);
        Assert.Null(study.OrganizationId);
        Assert.Empty(study.Conditions);
        Assert.Empty(study.Contacts);
        Assert.Empty(study.Countries);
        Assert.Empty(study.SiteIds);
    }

    [Theory]
    [InlineData("La durée de participation est de: 24 mois", "24 mois", 24)]
    [InlineData("La durée de participation est de : 3 Mois", "3 Mois", 3)]
    [InlineData("La durée de participation est de: 2 ans", "2 ans", null)]
    [InlineData("Une autre description", null, null)]
    public void Participation_duration_is_read_from_the_description(string description, string? duration, int? months)
    {
        var study = StudyMapper.Map(new Fhir.ResearchStudy { Id = "x", Description = description });

        Assert.Equal((description, duration, months), (study.Description, study.ParticipationDuration, study.ParticipationDurationMonths));
    }

    [Fact]
    public void Organization_falls_back_to_the_association_table_when_no_assigner_is_sent()
    {
        static string? OrganizationOf(string regulation) => StudyMapper.Map(new Fhir.ResearchStudy
        {
            Id = "x",
            Category = [new() { Coding = [new Fhir.Coding { Code = regulation }] }],
        }).OrganizationId;

        Assert.Equal(("ctis", Ansm, Ansm, Ansm), (OrganizationOf("REG536"), OrganizationOf("JARDE"), OrganizationOf("REG745"), OrganizationOf("REG746")));
    }

    private static void AssertAddress(PostalAddress? address, string[] lines, string? city, string? postalCode, string? country)
    {
        Assert.NotNull(address);
        Assert.Equal(lines, address.Lines);
        Assert.Equal((city, postalCode, country), (address.City, address.PostalCode, address.Country));
    }
}
