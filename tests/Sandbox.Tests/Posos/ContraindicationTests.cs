using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using static Gateway.Sandbox.Tests.Posos.PososClient;

namespace Gateway.Sandbox.Tests.Posos;

/// <summary>getContraindications: the documented example and the rule base over drugs given as MV, CIS or CIP13 codes.</summary>
public sealed class ContraindicationTests(PososFixture fixture) : IClassFixture<PososFixture>
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _client = fixture.Host.Client;

    private static object Clinical(string code) => new[] { new { clinicalDrug = new { code, terminology = "posos" } } };

    private static object Branded(string cis) => new[] { new { brandedDrug = new { code = cis, terminology = "cis" } } };

    private static object Packaged(string cip13) => new[] { new { packagedDrug = new { code = cip13, terminology = "cip13" } } };

    private static object Conditions(params string[] codes) => new { conditions = codes.Select(code => new { coding = new { code } }).ToArray() };

    [Fact]
    public async Task The_documented_sitagliptin_pregnancy_example_returns_the_documented_alert()
    {
        // The query and variables of Posos's documentation, verbatim.
        var query = """
            query getContraindications($drugs: [DrugInput], $patient: PatientInput) {
              getContraindications(drugs: $drugs, patient: $patient) {
                designation
                type
                source {
                  author
                  url
                }
                drug {
                  clinicalDrug {
                    code
                    inn
                    label
                    terminology
                  }
                }
                condition {
                  designation
                  modifiers
                  associatedConditions {
                    designation
                    modifiers
                  }
                }
                patient {
                  ageGroups
                  continuousCriteria {
                    type
                    unit
                    min
                    max
                  }
                }
                warnings {
                  modifiers
                  guidelines
                  risk
                }
              }
            }
            """;
        var variables = JsonNode.Parse("""{"drugs":[{"clinicalDrug":{"code":"MV00003202","terminology":"posos"}}],"patient":{"conditions":[{"coding":{"code":"289908002"}}]}}""");

        var (status, body) = await PostAsync(_client, new { query, variables });

        // The documented response, with the enum value the documented AlertType enum defines for "Contre-indication Absolue".
        Assert.Equal(200, status);
        Assert.Equal(
            """{"data":{"getContraindications":[{"designation":"Grossesse","type":"ABSOLUTE_CONTRAINDICATION","source":{"author":"RCP","url":"http://ec.europa.eu/health/documents/community-register/2022/20220902156865/anx_156865_fr.pdf"},"drug":{"clinicalDrug":{"code":"MV00003202","inn":"sitagliptine","label":"Sitagliptine (phosphate) 50 mg comprimé","terminology":"posos"}},"condition":{"designation":"Grossesse","modifiers":[],"associatedConditions":[]},"patient":{"ageGroups":[],"continuousCriteria":[]},"warnings":[]}]}}""",
            body);
    }

    [Fact]
    public async Task A_drug_without_a_matching_patient_gives_no_alert()
    {
        Assert.Empty(await AlertsAsync(_client, Clinical("MV00003202"), Conditions("195967001")));
        Assert.Empty(await AlertsAsync(_client, Clinical("MV00003202")));
    }

    [Theory]
    [InlineData(25, "Metformine <> Insuffisance rénale sévère", "ABSOLUTE_CONTRAINDICATION")]
    [InlineData(40, "Metformine <> Insuffisance rénale modérée", "PRECAUTION")]
    public async Task Metformin_follows_the_creatinine_clearance(double clearance, string designation, string type)
    {
        var patient = new { continuousCriteria = new[] { new { type = "CREATININE_CLEARANCE", unit = "mL/min", value = clearance } } };

        var alerts = await AlertsAsync(_client, Branded("61052830"), patient);

        var alert = Assert.Single(alerts);
        Assert.Equal(designation, alert!["designation"]!.GetValue<string>());
        Assert.Equal(type, alert["type"]!.GetValue<string>());
        Assert.Equal("61052830", alert["drug"]!["brandedDrug"]!["code"]!.GetValue<string>());
        Assert.StartsWith("MV", alert["drug"]!["clinicalDrug"]!["code"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metformin_with_a_normal_clearance_or_in_French_words()
    {
        Assert.Empty(await AlertsAsync(_client, Branded("61052830"), new { continuousCriteria = new[] { new { type = "DFG", unit = "mL/min", value = 75.0 } } }));
        Assert.Single(await AlertsAsync(_client, Branded("61052830"), new { continuousCriteria = new[] { new { type = "clairance de la créatinine", unit = "mL/min", max = 20.0 } } }));
    }

    [Fact]
    public async Task Ibuprofen_from_a_CIP13_is_contraindicated_with_a_peptic_ulcer()
    {
        var alerts = await AlertsAsync(_client, Packaged("3400932959358"), Conditions("13200003"));

        var alert = Assert.Single(alerts);
        Assert.Equal("AINS <> Ulcère gastroduodénal", alert!["designation"]!.GetValue<string>());
        Assert.Equal("3400932959358", alert["drug"]!["packagedDrug"]!["code"]!.GetValue<string>());
        Assert.Equal("cip13", alert["drug"]!["packagedDrug"]!["terminology"]!.GetValue<string>());
        Assert.Equal(["évolutif"], alert["condition"]!["modifiers"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task Triptans_are_contraindicated_with_coronary_disease_and_stroke()
    {
        var alerts = await AlertsAsync(_client, Branded("64676030"), Conditions("53741008", "422504002"));

        Assert.Equal(["Triptans <> Maladie coronaire", "Triptans <> Accident vasculaire cérébral"], Designations(alerts));
    }

    [Fact]
    public async Task Non_selective_beta_blockers_are_contraindicated_in_asthma()
    {
        var alerts = await AlertsAsync(_client, Branded("68984381"), Conditions("195967001"));

        Assert.Contains("Bêtabloquants non cardiosélectifs <> Asthme", Designations(alerts));
    }

    [Fact]
    public async Task Cardioselective_beta_blockers_call_for_precaution_in_asthma()
    {
        var alert = Assert.Single(await AlertsAsync(_client, Branded("60077574"), Conditions("195967001")));

        Assert.Equal("PRECAUTION", alert!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Isotretinoin_in_pregnancy_carries_warnings()
    {
        var alert = Assert.Single(await AlertsAsync(_client, Branded("69164379"), Conditions("77386006")));

        Assert.Equal("ANSM", alert!["source"]!["author"]!.GetValue<string>());
        Assert.NotEmpty(alert["warnings"]![0]!["guidelines"]!.AsArray());
    }

    [Fact]
    public async Task Age_groups_come_from_the_birth_date()
    {
        var child = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var adult = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(["Fluoroquinolones <> Enfant et adolescent en croissance"], Designations(await AlertsAsync(_client, Branded("64728922"), new { birthDate = child })));
        Assert.Empty(await AlertsAsync(_client, Branded("64728922"), new { birthDate = adult }));
        Assert.Single(await AlertsAsync(_client, Branded("64728922"), new { ageGroups = new[] { "ADOLESCENT" } }));
    }

    [Fact]
    public async Task Sex_restricts_finasteride()
    {
        Assert.Single(await AlertsAsync(_client, Branded("67859371"), new { sex = "F" }));
        Assert.Empty(await AlertsAsync(_client, Branded("67859371"), new { sex = "M" }));
    }

    [Fact]
    public async Task SNOMED_inference_reaches_the_ancestors_of_the_patient_s_conditions()
    {
        // Steatosis of liver is a disease of liver: only inference connects it to the statins rule.
        Assert.Empty(await AlertsAsync(_client, Branded("67037301"), Conditions("197321007")));
        Assert.Equal(["Statines <> Affection hépatique évolutive"], Designations(await AlertsAsync(_client, Branded("67037301"), Conditions("197321007"), inference: true)));
    }

    [Fact]
    public async Task Types_filter_the_alerts()
    {
        var patient = new { continuousCriteria = new[] { new { type = "CREATININE_CLEARANCE", unit = "mL/min", value = 25.0 } } };

        Assert.Empty(await AlertsAsync(_client, Branded("61052830"), patient, ["PRECAUTION"]));
        Assert.Single(await AlertsAsync(_client, Branded("61052830"), patient, ["ABSOLUTE_CONTRAINDICATION", "PRECAUTION"]));
    }

    [Fact]
    public async Task Unknown_drugs_give_no_alert()
    {
        Assert.Empty(await AlertsAsync(_client, Clinical("MV99999999"), Conditions("77386006")));
    }

    [Fact]
    public async Task The_alerts_report_the_rule_s_condition_codings_and_patient_criteria()
    {
        var patient = new { continuousCriteria = new[] { new { type = "CREATININE_CLEARANCE", unit = "mL/min", value = 25.0 } } };
        var alert = (await AlertsAsync(_client, Branded("61052830"), patient))[0]!;

        Assert.Equal("SNOMED_CT", alert["condition"]!["codings"]![0]!["terminology"]!.GetValue<string>());
        Assert.Equal(
            """[{"type":"CREATININE_CLEARANCE","unit":"mL/min","min":null,"max":30}]""",
            alert["patient"]!["continuousCriteria"]!.ToJsonString());
    }

    [Fact]
    public async Task Concurrent_treatments_trigger_by_ingredient_atc_class_or_procedure_and_are_reported()
    {
        // Isotretinoin with a tetracycline: by ingredient (words inside the patient's names) or ATC class (a prefix).
        Assert.Empty(await AlertsAsync(_client, Branded("69164379")));
        Assert.Empty(await AlertsAsync(_client, Branded("69164379"), new { concurrentTreatments = new { ingredients = new[] { "AMOXICILLINE" }, therapeuticClasses = new[] { "J01CA04" } } }));
        var byIngredient = Assert.Single(await AlertsAsync(_client, Branded("69164379"), new { concurrentTreatments = new { ingredients = new[] { "doxycycline monohydratée" } } }));
        var byClass = Assert.Single(await AlertsAsync(_client, Branded("69164379"), new { concurrentTreatments = new { therapeuticClasses = new[] { "j01aa08" } } }));

        Assert.Equal("Isotrétinoïne <> Cyclines", byIngredient!["designation"]!.GetValue<string>());
        Assert.Equal(byIngredient.ToJsonString(), byClass!.ToJsonString());
        Assert.Equal(
            """[{"ingredients":["DOXYCYCLINE","MINOCYCLINE","LYMECYCLINE","METACYCLINE","TETRACYCLINE"],"procedures":[],"therapeuticClasses":["J01AA"]}]""",
            byIngredient["patient"]!["concurrentTreatments"]!.ToJsonString());
        Assert.Equal("""[{"risk":"Hypertension intracrânienne bénigne (céphalées, troubles visuels, œdème papillaire).","guidelines":["Ne pas associer : arrêter la cycline ou différer l'isotrétinoïne."],"modifiers":["grave"]}]""",
            byIngredient["warnings"]!.ToJsonString(Unescaped));

        // Metformin before an iodinated contrast examination: by procedure.
        var contrast = Assert.Single(await AlertsAsync(_client, Branded("61052830"), new { concurrentTreatments = new { procedures = new[] { "Injection de produit de contraste iodé" } } }));
        Assert.Equal("PRECAUTION", contrast!["type"]!.GetValue<string>());
        Assert.Equal("Metformine <> Produits de contraste iodés", contrast["designation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Associated_conditions_carry_their_modifiers_and_codings()
    {
        // Apixaban (ELIQUIS 5 mg) and hepatic failure: the associated coagulopathy, with its SNOMED CT code.
        var alert = Assert.Single(await AlertsAsync(_client, Branded("61902218"), Conditions("59927004")));

        Assert.Equal(
            """[{"designation":"Coagulopathie","modifiers":["risque de saignement cliniquement significatif"],"codings":[{"code":"64779008","label":"Trouble de la coagulation","terminology":"SNOMED_CT"}]}]""",
            alert!["condition"]!["associatedConditions"]!.ToJsonString(Unescaped));
    }
}
