namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>The French sentence patterns of generated studies: titles, summaries, criteria.</summary>
internal static class StudyTexts
{
    // Placeholders: {drug} and {drug2} carry their article ("le giredestrant"; "de le" becomes "du" and
    // "le empagliflozine" becomes "l'empagliflozine" afterwards), {affected} is "des patientes atteintes de".
    public static readonly IReadOnlyList<string> CtisTitles =
    [
        "Étude de phase {phase}, randomisée, en double aveugle, contrôlée contre placebo, visant à évaluer l'efficacité et la sécurité de {drug} chez {affected} {disease}",
        "Essai de phase {phase}, multicentrique, randomisé, en ouvert, comparant {drug} au traitement de référence chez {affected} {disease}",
        "Étude de phase {phase} évaluant la tolérance, la pharmacocinétique et l'activité préliminaire de {drug} chez {affected} {disease}",
        "Étude de phase {phase} de {drug} en association avec {drug2} versus {drug2} seul chez {affected} {disease}",
        "Étude de phase {phase}, en ouvert, visant à évaluer la sécurité à long terme de {drug} chez {affected} {disease}",
        "Essai de phase {phase}, randomisé, évaluant {drug} en traitement d'entretien chez {affected} {disease}",
    ];

    public static readonly IReadOnlyList<string> JardeInterventionalTitles =
    [
        "Évaluation de l'efficacité de {intervention} dans la prise en charge de {disease} : essai randomisé multicentrique ({acronym})",
        "Essai contrôlé randomisé comparant {intervention} à la prise en charge standard chez {affected} {disease} ({acronym})",
        "Impact de {intervention} sur {endpoint} chez {affected} {disease}",
        "{acronym} : stratégie thérapeutique guidée par {intervention} versus prise en charge habituelle chez {affected} {disease}",
    ];

    public static readonly IReadOnlyList<string> JardeMinimalRiskTitles =
    [
        "Intérêt d'un prélèvement sanguin supplémentaire pour l'identification de biomarqueurs pronostiques de {disease} ({acronym})",
        "Évaluation de la faisabilité d'un suivi par téléconsultation chez {affected} {disease}",
        "Apport de l'imagerie par résonance magnétique dans le diagnostic précoce de {disease} ({acronym})",
        "Étude des facteurs génétiques de susceptibilité chez {affected} {disease} : constitution d'une collection biologique ({acronym})",
    ];

    public static readonly IReadOnlyList<string> JardeObservationalTitles =
    [
        "Cohorte prospective chez {affected} {disease} : facteurs pronostiques et parcours de soins ({acronym})",
        "Étude observationnelle de la qualité de vie chez {affected} {disease}",
        "Évaluation des pratiques de prise en charge de {disease} en France : étude multicentrique observationnelle ({acronym})",
        "Registre national des patients atteints de {disease} ({acronym})",
        "Vécu et attentes des personnes atteintes de {disease} : étude qualitative par entretiens semi-directifs",
        "Description des trajectoires de soins chez {affected} {disease} à partir des données de vie réelle",
    ];

    public static readonly IReadOnlyList<string> DeviceTitles =
    [
        "Évaluation de la performance et de la sécurité du dispositif « {device} » dans la prise en charge de {disease} ({acronym})",
        "Investigation clinique prospective, multicentrique, évaluant le dispositif « {device} » chez {affected} {disease}",
        "Suivi clinique après commercialisation du dispositif « {device} » chez {affected} {disease} : étude à 12 mois ({acronym})",
        "Étude pilote de faisabilité du dispositif « {device} » chez {affected} {disease}",
    ];

    public static readonly IReadOnlyList<string> InVitroTitles =
    [
        "Étude de performance clinique pour le diagnostic de {disease} : {test}",
        "Évaluation des performances analytiques et cliniques chez {affected} {disease} : {test} ({acronym})",
        "Validation clinique multicentrique chez {affected} {disease} : {test}",
    ];

    public static readonly IReadOnlyList<string> Contexts =
    [
        "Malgré les progrès thérapeutiques récents, le pronostic reste défavorable pour une proportion importante de patients.",
        "Les données disponibles dans la littérature restent limitées, en particulier en vie réelle.",
        "La prise en charge actuelle repose sur des recommandations dont le niveau de preuve reste faible.",
        "Plusieurs travaux suggèrent un bénéfice potentiel de {intervention}, sans démonstration formelle à ce jour.",
        "Le retentissement sur la qualité de vie des patients et de leurs proches est considérable.",
    ];

    public static readonly IReadOnlyList<string> Designs =
    [
        "Il s'agit d'une étude prospective, multicentrique, menée dans {sites} en France, avec un suivi de {months} mois par participant.",
        "Les participants seront répartis par tirage au sort entre deux groupes et suivis pendant {months} mois.",
        "L'étude sera conduite dans {sites}, selon un schéma en groupes parallèles, avec une évaluation à l'inclusion puis tous les trois mois.",
        "Les données seront recueillies lors des consultations habituelles de suivi, sans visite supplémentaire.",
    ];

    public static readonly IReadOnlyList<string> Conclusions =
    [
        "Les résultats permettront d'améliorer la prise en charge des patients.",
        "Cette étude devrait permettre de proposer une stratégie de prise en charge mieux adaptée.",
        "Les résultats attendus pourraient modifier les pratiques cliniques.",
    ];

    public static readonly IReadOnlyList<string> GenericInclusions =
    [
        "Consentement éclairé écrit signé",
        "Affiliation à un régime de sécurité sociale ou bénéficiaire d'un tel régime",
        "Capacité à comprendre et à remplir les questionnaires en français",
        "Acceptation du suivi prévu par le protocole",
    ];

    public static readonly IReadOnlyList<string> OncologyInclusions =
    [
        "Indice de performance ECOG de 0 ou 1",
        "Maladie mesurable selon les critères RECIST 1.1",
        "Espérance de vie supérieure à 3 mois",
        "Fonctions hématologique, hépatique et rénale adéquates",
    ];

    public static readonly IReadOnlyList<string> GenericExclusions =
    [
        "Femme enceinte ou allaitante",
        "Personne sous tutelle, curatelle ou privée de liberté",
        "Participation à une autre recherche interventionnelle en cours",
        "Insuffisance rénale sévère (débit de filtration glomérulaire inférieur à 30 mL/min/1,73 m²)",
        "Insuffisance hépatique sévère",
        "Antécédent d'hypersensibilité à l'un des composants du traitement à l'étude",
        "Infection active non contrôlée",
        "Pathologie psychiatrique sévère non stabilisée",
        "Antécédent de cancer dans les 5 ans précédant l'inclusion",
        "Contre-indication à l'imagerie par résonance magnétique",
    ];

    public static readonly IReadOnlyList<string> FreeIdentifierPrefixes = ["APHP", "HCL", "RC31", "CHUBX", "NCL", "CHU-MTP", "IDRCB", "PHRC-N", "PHRC-IR", "PRME", "RIPH", "CIC"];

    public static readonly IReadOnlyList<string> AcronymSyllables =
    [
        "CAR", "DIA", "NEO", "PRO", "VITA", "ONCO", "SENS", "COR", "PULMO", "IMMU", "REGEN", "STIM", "ARTE", "NEPH", "DERM",
        "OPTI", "SOMN", "PEDIA", "GERI", "HEPA", "THERA", "MICRO", "BIO", "NEURO", "CARE", "FLOW", "PREV", "SAFE", "LIFE", "EVAL",
    ];

    public static readonly IReadOnlyList<string> InvestigatorTitles = ["Dr.", "Dr.", "Dr.", "Pr", "Prof.", "Docteur", "Professeur"];

    public static readonly IReadOnlyList<string> SubjectGroups = ["Patient", "Patient", "Patient", "Volontaire sain", "Patient et volontaire sain"];

    /// <summary>Who a study concerns, without article ("patients adultes"), for "de {patients} atteints de".</summary>
    public static string Patients(string population) => population switch
    {
        "child" => "enfants et adolescents",
        "elderly" => "patients âgés",
        "women" => "patientes",
        "newborn" => "nouveau-nés",
        "adult" => "patients adultes",
        _ => "patients",
    };

    /// <summary>"des patientes atteintes de", agreed with the population.</summary>
    public static string Affected(string population) => population switch
    {
        "women" => "des patientes atteintes de",
        "newborn" => "des nouveau-nés présentant une",
        _ => "des " + Patients(population) + " atteints de",
    };

    public static string PhaseLabel(string? phaseCode) => phaseCode switch
    {
        "phase-I-first-admin" or "phase-I-bioequivalence" or "phase-I-other" => "I",
        "phase-I-II-first-admin" or "phase-I-II-first-bioequivalence" or "phase-I-II-other" => "I/II",
        "phase-II" => "II",
        "phase-II-III" => "II/III",
        "phase-III" => "III",
        "phase-III-IV" => "III/IV",
        "phase-IV" => "IV",
        _ => "précoce",
    };

    /// <summary>The label a status change carries in the source history.</summary>
    public static string HistoryLabel(string sourceStatus) => sourceStatus switch
    {
        "A_DEMARRER" => "À démarrer",
        "EN_COURS" => "En cours",
        "SUSPENDUE" => "Suspendue",
        "PROROGEE" => "Prorogée",
        "EXPIREE" => "Expirée",
        "TERMINEE" => "Terminée",
        "TERMINEE_ANTICIPEE" => "Terminée anticipée",
        "ARCHIVEE" => "Archivée",
        _ => "Abandonnée",
    };

    /// <summary>The recruitment-status code of a source label.</summary>
    public static string? RecruitmentCode(string? source) => source switch
    {
        "Recrutement en attente" => "upcoming",
        "Recrutement ouvert" => "recruiting",
        "Recrutement fermé" => "completed-recruiting",
        _ => null,
    };
}
