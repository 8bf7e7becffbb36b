namespace Gateway.Tests.Posos.Support;

/// <summary>
/// The Posos documents the snapshot tests run, every field of every Posos type selected through fragments a front end
/// would write (<see cref="Gateway.Tests.SnapshotCoverageTests"/> walks them).
/// </summary>
public static class PososDocuments
{
    public const string Fragments = """
        fragment CodingWithInnFields on CodingWithInn { code label terminology inn }

        fragment DrugFields on Drug {
          clinicalDrug { ...CodingWithInnFields }
          brandedDrug { ...CodingWithInnFields }
          packagedDrug { ...CodingWithInnFields }
        }

        fragment WarningFields on Warning { risk guidelines modifiers }

        fragment AlertFields on AlertResult {
          designation
          type
          condition {
            designation
            modifiers
            codings { code label terminology }
            associatedConditions { designation modifiers codings { code label terminology } }
          }
          patient {
            gender
            ageGroups
            concurrentTreatments { ingredients procedures therapeuticClasses }
            continuousCriteria { type unit min max value }
          }
          warnings { ...WarningFields }
          drug { ...DrugFields }
          comment
          source { url author }
        }

        fragment InteractionFields on InteractionResult {
          designation
          type
          warnings { ...WarningFields }
          left { ...DrugFields }
          right { ...DrugFields }
          source { url author }
        }
        """;

    /// <summary>Every field of the alerts and interactions (against the scripted Posos, whose answers fill them all).</summary>
    public const string EveryField = """
        query EveryField {
          contraindications(drugs: [{ brandedDrug: { code: "61052830" } }]) { ...AlertFields }
          interactions(drugs: [{ brandedDrug: { code: "67037301" } }, { brandedDrug: { code: "67997205" } }]) { ...InteractionFields }
        }
        """ + "\n" + Fragments;

    /// <summary>
    /// A patient's page against the sandbox: alerts for a prescription, interactions, suggestions for the search boxes, and
    /// recruiting studies with the patient's eligibility (age groups rather than a birth date, so the answer never ages).
    /// </summary>
    public const string PatientPage = """
        query PatientPage($drugs: [DrugInput!]!, $patient: PatientInput!) {
          contraindications(drugs: $drugs, patient: $patient) { ...AlertFields }
          interactions(drugs: $drugs) { ...InteractionFields }
          drugSuggestions(search: "glucophage", first: 3) { code label level terminology similarity }
          conditionSuggestions(search: "grossesse", first: 3) { code label level terminology similarity }
          studies(first: 5, where: { status: ACTIVE }, order: [{ eclaireId: ASC }]) {
            nodes {
              eclaireId
              group { genders ageRanges { label } }
              eligibility(patient: $patient) { status reasons { code criterion status message } }
            }
          }
        }
        """ + "\n" + Fragments;

    /// <summary>
    /// The patient of <see cref="PatientPage"/>: an adult pregnant woman with a creatinine clearance of 25 mL/min, due for an
    /// iodinated contrast injection, and her prescription.
    /// </summary>
    public static object PatientPageVariables => new
    {
        drugs = new object[]
        {
            new { clinicalDrug = new { code = "MV00003202" } },
            new { brandedDrug = new { code = "61052830" } },
            new { packagedDrug = new { code = "3400932959358" } },
            new { brandedDrug = new { code = "67037301" } },
            new { brandedDrug = new { code = "67997205" } },
        },
        patient = new
        {
            ageGroups = new[] { "ADULT" },
            sex = "F",
            conditions = new[] { new { coding = new { code = "77386006" } }, new { coding = new { code = "13200003" } } },
            continuousCriteria = new[] { new { type = "CREATININE_CLEARANCE", unit = "mL/min", value = 25.0 } },
            concurrentTreatments = new { procedures = new[] { "Injection de produit de contraste iodé" } },
        },
    };
}
