using System.Text.Json;
using Gateway.Tests.Posos.Support;
using Gateway.Tests.Support;

namespace Gateway.Tests.Posos;

/// <summary>
/// <c>contraindications</c> against the sandbox's Posos on a real port: Posos's documented example (sitagliptin and
/// pregnancy) returns the documented alert; the patient's concurrent treatments reach Posos and come back in the alert's
/// patient criteria.
/// </summary>
public sealed class ContraindicationTests(PososFixture posos) : IClassFixture<PososFixture>
{
    /// <summary>The selection of Posos's documented example, on the gateway's field.</summary>
    public const string DocumentedQuery = """
        query getContraindications($drugs: [DrugInput!]!, $patient: PatientInput) {
          contraindications(drugs: $drugs, patient: $patient) {
            designation
            type
            source { author url }
            drug { clinicalDrug { code inn label terminology } }
            condition { designation modifiers associatedConditions { designation modifiers } }
            patient { ageGroups continuousCriteria { type unit min max } }
            warnings { modifiers guidelines risk }
          }
        }
        """;

    /// <summary>The variables of Posos's documented example.</summary>
    public static object DocumentedVariables => new
    {
        drugs = new[] { new { clinicalDrug = new { code = "MV00003202", terminology = "posos" } } },
        patient = new { conditions = new[] { new { coding = new { code = "289908002" } } } },
    };

    [Fact]
    public async Task The_documented_sitagliptin_pregnancy_example_returns_the_documented_alert()
    {
        var response = await posos.QueryAsync(DocumentedQuery, DocumentedVariables);

        response.AssertNoErrors();

        // Posos's documented answer, with the AlertType value its enum defines for « Contre-indication Absolue ».
        Assert.Equal(
            """[{"designation":"Grossesse","type":"ABSOLUTE_CONTRAINDICATION","source":{"author":"RCP","url":"http://ec.europa.eu/health/documents/community-register/2022/20220902156865/anx_156865_fr.pdf"},"drug":{"clinicalDrug":{"code":"MV00003202","inn":"sitagliptine","label":"Sitagliptine (phosphate) 50 mg comprimé","terminology":"posos"}},"condition":{"designation":"Grossesse","modifiers":[],"associatedConditions":[]},"patient":{"ageGroups":[],"continuousCriteria":[]},"warnings":[]}]""",
            JsonSerializer.Serialize(response.Data.GetProperty("contraindications"), Json.Unescaped));
    }

    [Fact]
    public async Task Concurrent_treatments_reach_posos_and_the_alert_reports_its_treatments_and_warning_modifiers()
    {
        await posos.ResetAsync();
        const string query = """
            {
              contraindications(
                drugs: [{ brandedDrug: { code: "69164379" } }]
                patient: { concurrentTreatments: { ingredients: ["Doxycycline"], therapeuticClasses: ["j01aa02"] } }
              ) {
                designation
                type
                comment
                patient { concurrentTreatments { ingredients procedures therapeuticClasses } }
                warnings { risk guidelines modifiers }
              }
            }
            """;

        var response = await posos.QueryAsync(query);

        response.AssertNoErrors();
        Assert.Equal(
            """[{"designation":"Isotrétinoïne <> Cyclines","type":"ABSOLUTE_CONTRAINDICATION","comment":"Association contre-indiquée par le RCP de l'isotrétinoïne et le thésaurus des interactions de l'ANSM.","patient":{"concurrentTreatments":[{"ingredients":["DOXYCYCLINE","MINOCYCLINE","LYMECYCLINE","METACYCLINE","TETRACYCLINE"],"procedures":[],"therapeuticClasses":["J01AA"]}]},"warnings":[{"risk":"Hypertension intracrânienne bénigne (céphalées, troubles visuels, œdème papillaire).","guidelines":["Ne pas associer : arrêter la cycline ou différer l'isotrétinoïne."],"modifiers":["grave"]}]}]""",
            JsonSerializer.Serialize(response.Data.GetProperty("contraindications"), Json.Unescaped));
        var operation = Assert.Single(await posos.OperationsAsync());
        Assert.Equal("""{"concurrentTreatments":{"ingredients":["Doxycycline"],"therapeuticClasses":["J01AA02"]}}""", Json.Text(operation.Variables.GetProperty("patient")));
    }
}
