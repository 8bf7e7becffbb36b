using System.Globalization;
using System.Text;
using Gateway.Sandbox.Eclaire.Data;

namespace Gateway.Sandbox.Eclaire.Fhir;

/// <summary>
/// The <c>text.div</c> every resource of a study carries: "Données reçues avant modélisation FHIR", the
/// source record's fields in the ETL's order, written as the ETL writes them (absent values as <c>null</c>).
/// </summary>
internal static class SourceRecordText
{
    public static string Build(StudyContent content, EclaireVocabulary vocabulary)
    {
        var record = content.Record;
        var isCtis = record.Regulation == Regulation.Ctis;
        var builder = new StringBuilder(2048);
        builder.Append(EclaireUrls.XhtmlDivStart).Append("<h2>Données reçues avant modélisation FHIR</h2><ul>");
        Item(builder, "reglementation_code", RegulationCodes.Code(record.Regulation));
        Item(builder, "precision_reglementation", content.PrecisionSource);
        Item(builder, "etat", record.SourceStatus);
        Item(builder, "organisme_nom", content.Sponsor.Name);
        Item(builder, "organisme_adresse", content.Sponsor.Address);
        Item(builder, "organisme_code_postal", content.Sponsor.PostalCode);
        Item(builder, "organisme_pays", content.Sponsor.Country);
        Item(builder, "organisme_ville", content.Sponsor.City);
        Item(builder, "contact_nom", content.ScientificContact.Family);
        Item(builder, "contact_prenom", content.ScientificContact.Given);
        Item(builder, "contact_telephone", content.ScientificContact.Phone);
        Item(builder, "contact_courriel", content.ScientificContact.Email);
        Item(builder, "sites", Sites(content.Sites));
        Item(builder, "numero_primaire", record.Id);
        Item(builder, "titre", content.Title);
        Item(builder, "phase_recherche", content.PhaseCode is null ? "N/A" : "Phase " + StudyTexts.PhaseLabel(content.PhaseCode));
        Item(builder, "domaine_therapeutique", content.TherapeuticArea);
        Item(builder, "pathologies_maladies_rares", content.DiseaseText);
        Item(builder, "informations_meddra", content.Meddra.Count > 0 ? string.Join(',', content.Meddra.Select(m => m.Code)) : isCtis ? "undefined" : null);
        Item(builder, "taille_etude", content.Size?.ToString(CultureInfo.InvariantCulture));
        Item(builder, "tranches_age", content.AgeRanges.Count > 0 ? string.Join(',', content.AgeRanges) : null);
        Item(builder, "sexe", string.Join(',', content.Sexes));
        Item(builder, "groupes_sujet", content.SubjectGroup ?? (isCtis ? "Données non disponible" : null));
        Item(builder, "population_recrutement", isCtis ? Populations(content, vocabulary) : null);
        Item(builder, "date_debut_recrutement", content.RecruitmentStart is { } start ? FhirJson.Instant(start) : null);
        Item(builder, "historique", string.Join(", ", content.History.Select(h => FhirJson.Date(h.Date) + ":" + h.Label)));
        Item(builder, "dates_avis_favorable_ms_mns", content.Approvals.Count > 0 ? string.Join(", ", content.Approvals.Select(a => a.Label + ":" + FhirJson.Date(a.Date))) : null);
        Item(builder, "pays_concernes", content.Countries.Count > 0 ? string.Join(',', content.Countries) : isCtis ? "undefined" : null);
        Item(builder, "date_theorique_maximale_autorisation_cpp", FhirJson.Date(content.TheoreticalMaximumAuthorization));
        Item(builder, "contact_public", PublicContact(content.PublicContact));
        Item(builder, "criteres_eligibilite", Criteria(content.Eligibility, "INCLUSION", "EXCLUSION"));
        Item(builder, "criteres_jugement", Criteria(content.Endpoints, "PRINCIPAL", "SECONDAIRE"));
        Item(builder, "objectifs", content.Objectives);
        Item(builder, "resume", content.Summary);
        Item(builder, "statut_recrutement", content.RecruitmentStatusSource);
        Item(builder, "date_fin_recrutement", content.RecruitmentEnd is { } end ? FhirJson.Date(end) : null);
        builder.Append("</ul></div>");
        return builder.ToString();
    }

    private static void Item(StringBuilder builder, string name, string? value) =>
        builder.Append("<li> ").Append(name).Append(": ").Append(value ?? "null").Append(" </li>");

    private static string Sites(IReadOnlyList<SiteContent> sites)
    {
        if (sites.Count == 0)
        {
            return "Organisme: null - Adresse: null - Ville: null - Titre: null - Nom: null - Prenom: null - Service: null - Code_postale: null - courriel: null - telephone: null";
        }

        return string.Join(',', sites.Select(s =>
            $"Organisme: {s.Organization} - Adresse: {s.Address} - Ville: {s.City} - Titre: {s.InvestigatorTitle} - Nom: {s.InvestigatorFamily} - Prenom: {s.InvestigatorGiven} - Service: {s.Service} - Code_postale: {s.PostalCode} - courriel: {s.Email ?? "null"} - telephone: {s.Phone ?? "null"}"));
    }

    /// <summary>CTIS writes recruitment populations in English: the part of the display before the French translation.</summary>
    private static string Populations(StudyContent content, EclaireVocabulary vocabulary)
    {
        if (content.RecruitmentPopulations.Count == 0)
        {
            return "undefined";
        }

        return string.Join(',', content.RecruitmentPopulations.Select(code =>
        {
            var display = vocabulary.StudyPopulation.Display(code);
            var open = display.IndexOf(" (", StringComparison.Ordinal);
            return open < 0 ? display : display[..open];
        }));
    }

    private static string PublicContact(PersonContact? contact) =>
        $"Nom: {contact?.Family ?? "null"} - Prenom: {contact?.Given ?? "null"} Courriel: {contact?.Email ?? "null"} Tel: {contact?.Phone ?? "null"}";

    private static string Criteria(IReadOnlyList<Criterion> criteria, string included, string excluded) =>
        criteria.Count == 0
            ? "Titre: null - Type: null"
            : string.Join(',', criteria.Select(c => "Titre: " + c.Text + " - Type: " + (c.Exclude ? excluded : included)));
}
