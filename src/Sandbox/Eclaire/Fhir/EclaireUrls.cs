namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>The URLs the API writes in its resources (extension URLs, code systems, profiles).</summary>
internal static class EclaireUrls
{
    public const string StructureDefinition = "https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition/";
    public const string CodeSystem = "https://interop.esante.gouv.fr/ig/fhir/eclaire/CodeSystem/";
    public const string Profile = StructureDefinition + "eclaire-researchstudy";
    public const string TherapeuticArea = StructureDefinition + "eclaire-therapeutic-area";
    public const string RecruitmentPeriod = StructureDefinition + "eclaire-recruitment-period";
    public const string RecruitmentStatus = StructureDefinition + "eclaire-recruitment-status";
    public const string ContactName = StructureDefinition + "eclaire-contact-name";
    public const string ContactAddress = StructureDefinition + "eclaire-contact-address";
    public const string ContactType = StructureDefinition + "eclaire-contact-type";
    public const string SiteContactName = StructureDefinition + "eclaire-site-contact-name";
    public const string AssociatedParty = "https://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty";
    public const string DescriptionSummary = "https://hl7.org/fhir/R4/researchstudy-definitions.html#ResearchStudy.descriptionSummary";
    public const string ObjectiveType = "https://terminology.hl7.org/CodeSystem/research-study-objective-type";
    public const string Meddra = "https://www.meddra.org";
    public const string MeddraVersion = "3.0.0";
    public const string AdministrativeGender = "http://hl7.org/fhir/administrative-gender";
    public const string XhtmlDivStart = "<div xmlns=\"http://www.w3.org/1999/xhtml\">";
}
