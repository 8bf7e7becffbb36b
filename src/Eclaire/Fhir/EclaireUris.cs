namespace Gateway.Eclaire.Fhir;

/// <summary>
/// The extension URLs and code systems ECLAIRE emits (API_BEHAVIOR 8: the summary and associated-party URLs the API
/// really emits differ from the IG's; the IG's forms are listed too and accepted when reading).
/// </summary>
public static class EclaireUris
{
    private const string StructureDefinitionBase = "https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition/";
    private const string CodeSystemBase = "https://interop.esante.gouv.fr/ig/fhir/eclaire/CodeSystem/";

    /// <summary>Therapeutic area (valueString).</summary>
    public const string TherapeuticArea = StructureDefinitionBase + "eclaire-therapeutic-area";

    /// <summary>Recruitment period (valuePeriod).</summary>
    public const string RecruitmentPeriod = StructureDefinitionBase + "eclaire-recruitment-period";

    /// <summary>Recruitment status (valueCodeableConcept).</summary>
    public const string RecruitmentStatus = StructureDefinitionBase + "eclaire-recruitment-status";

    /// <summary>Review date (valueInstant).</summary>
    public const string ReviewDate = StructureDefinitionBase + "eclaire-review-date";

    /// <summary>Contact name (valueHumanName), on <c>ResearchStudy.contact</c>.</summary>
    public const string ContactName = StructureDefinitionBase + "eclaire-contact-name";

    /// <summary>Contact address (valueAddress), on <c>ResearchStudy.contact</c>.</summary>
    public const string ContactAddress = StructureDefinitionBase + "eclaire-contact-address";

    /// <summary>Contact type (valueCodeableConcept: PUB, SCI), on <c>ResearchStudy.contact</c>.</summary>
    public const string ContactType = StructureDefinitionBase + "eclaire-contact-type";

    /// <summary>Contact affiliation (valueString), on <c>ResearchStudy.contact</c> (IG).</summary>
    public const string ContactAffiliation = StructureDefinitionBase + "eclaire-contact-affiliation";

    /// <summary>Site contact name (valueHumanName), on <c>Location.telecom</c>.</summary>
    public const string SiteContactName = StructureDefinitionBase + "eclaire-site-contact-name";

    /// <summary>Study summary as the API emits it (valueMarkdown).</summary>
    public const string DescriptionSummary = "https://hl7.org/fhir/R4/researchstudy-definitions.html#ResearchStudy.descriptionSummary";

    /// <summary>Study summary as the IG defines it (R5 cross-version extension).</summary>
    public const string DescriptionSummaryR5 = "http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.descriptionSummary";

    /// <summary>Associated party (R5 cross-version extension; the API emits it with <c>https</c> or <c>http</c>).</summary>
    public const string AssociatedParty = "https://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty";

    /// <summary>Regulation codes: REG536, REG745, REG746, JARDE.</summary>
    public const string RegulationCodeSystem = CodeSystemBase + "eclaire-regulation-code-code-system";

    /// <summary>Regulation precision codes (cat1-jarde, IC-Cas-1, study-ctis, study-low-inter-ctis...).</summary>
    public const string RegulationPrecisionCodeSystem = CodeSystemBase + "eclaire-reglementation-precision-code-system";

    /// <summary>Recruitment status codes.</summary>
    public const string RecruitmentStatusCodeSystem = CodeSystemBase + "eclaire-status-recruitment-code-system";

    /// <summary>Contact type codes.</summary>
    public const string ContactTypeCodeSystem = CodeSystemBase + "eclaire-type-contact-code-system";

    /// <summary>Group characteristic kinds (grp-gender, grp-age, grp-category, grp-studypop, grp-other).</summary>
    public const string GroupCharacteristicKindCodeSystem = CodeSystemBase + "eclaire-group-characteristic-kind-code-system";

    /// <summary>Study population codes.</summary>
    public const string StudyPopulationCodeSystem = CodeSystemBase + "eclaire-study-population-code-system";

    /// <summary>ECLAIRE's phase source codes.</summary>
    public const string StudyPhaseSourceCodeSystem = CodeSystemBase + "eclaire-study-phase-source-code-system";

    /// <summary>MedDRA.</summary>
    public const string MedDra = "https://www.meddra.org";

    /// <summary>NCT numbers.</summary>
    public const string ClinicalTrialsGov = "https://clinicaltrials.gov";

    /// <summary>ISRCTN numbers.</summary>
    public const string Isrctn = "https://www.isrctn.com";

    /// <summary>UTN numbers (WHO ICTRP).</summary>
    public const string WhoIctrp = "https://www.who.int/tools/clinical-trials-registry-platform";

    /// <summary>Free numbers given by the sponsor.</summary>
    public const string FreeIdentifier = "https://my-identifier.fr";
}
