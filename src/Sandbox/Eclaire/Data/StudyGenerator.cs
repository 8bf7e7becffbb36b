using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// Produces the full content of a generated study from its compact record: French title, summary,
/// objectives, criteria and endpoints, sponsor and public contacts, sites in real French hospitals,
/// group characteristics, identifiers and dates consistent with <c>meta.lastUpdated</c>. Pure: the same
/// record always gives the same content.
/// </summary>
internal sealed partial class StudyGenerator(EclaireVocabulary vocabulary)
{
    private static readonly string[] EuCountries = ["AT", "BE", "BG", "CZ", "DE", "DK", "ES", "FI", "GR", "HU", "IE", "IT", "NL", "PL", "PT", "RO", "SE", "SK"];

    private static readonly (string Code, int Weight)[] CtisPhases =
    [
        ("phase-I-first-admin", 5), ("phase-I-other", 6), ("phase-I-bioequivalence", 1), ("phase-I-II-first-admin", 3),
        ("phase-I-II-other", 4), ("phase-II", 25), ("phase-II-III", 4), ("phase-III", 38), ("phase-III-IV", 2), ("phase-IV", 12),
    ];

    private static readonly (string Code, int Weight)[] JardePhases = [("phase-II", 30), ("phase-III", 30), ("phase-IV", 25), ("jarde-early", 10), ("phase-I-other", 5)];

    private static readonly string[] NonDrugInterventions =
    [
        "un programme d'éducation thérapeutique", "une activité physique adaptée supervisée", "une intervention infirmière de coordination",
        "un télésuivi à domicile", "une prise en charge en réadaptation précoce", "une application mobile d'accompagnement",
        "une consultation pharmaceutique dédiée", "une intervention nutritionnelle personnalisée",
    ];

    private static readonly int[] ParticipationDurations = [1, 3, 6, 12, 12, 18, 24, 24, 36, 48, 60];

    private readonly EclaireVocabulary _vocabulary = vocabulary;

    public EclaireVocabulary Vocabulary => _vocabulary;

    public StudyContent Generate(StudyRecord record)
    {
        var lastUpdated = DateOnly.FromDateTime(record.LastUpdated!.Value.UtcDateTime);
        var plan = StudyPlan.Create(_vocabulary, record.Seed, record.Regulation, record.Status, lastUpdated);
        var random = new DeterministicRandom(DeterministicRandom.Mix(record.Seed, 2));
        var condition = _vocabulary.Conditions[plan.ConditionIndex];
        var regulation = record.Regulation;
        var isJarde = regulation == Regulation.Jarde;
        var sponsor = PickSponsor(random, regulation);
        var phase = PickPhase(random, regulation, plan.PrecisionCode);
        var acronym = Acronym(random);
        var drugs = condition.Drugs.Count > 0 ? random.PickDistinct(condition.Drugs, Math.Min(2, condition.Drugs.Count)) : [];
        random.Shuffle(drugs);
        var intervention = isJarde && drugs.Count > 0 && plan.PrecisionCode == "cat1-jarde" && random.Chance(0.5)
            ? "l'administration de le " + drugs[0]
            : condition.Devices.Count > 0 && random.Chance(0.4) ? "le dispositif « " + random.Pick(condition.Devices) + " »" : random.Pick(NonDrugInterventions);
        var title = Fill(PickTitle(random, regulation, plan.PrecisionCode), condition, phase, drugs, intervention, acronym, random);
        if (regulation == Regulation.Ctis && random.Chance(0.4))
        {
            title = title.ToUpper(CultureInfo.InvariantCulture);
        }

        var siteHospitals = random.PickDistinct(_vocabulary.Hospitals, plan.SiteCount);
        random.Shuffle(siteHospitals);
        var sites = siteHospitals.Select(h => Site(random, h, condition)).ToList();
        var history = History(random, record, lastUpdated, plan.ApprovalDate);
        var approvals = Approvals(random, record, lastUpdated, plan.ApprovalDate);
        var (recruitmentStart, recruitmentEnd) = RecruitmentPeriod(random, record.Status, plan.ApprovalDate);
        var endpoints = Endpoints(random, condition);
        var hasTexts = regulation == Regulation.Ctis ? random.Chance(0.25) : random.Chance(0.85);

        return new StudyContent
        {
            Record = record,
            PrecisionCode = plan.PrecisionCode,
            PrecisionSource = PrecisionSource(plan.PrecisionCode),
            RecruitmentStatusSource = RecruitmentStatus(random, record.Status),
            Sponsor = sponsor,
            ScientificContact = ScientificContact(random, sponsor),
            PublicContact = random.Chance(regulation == Regulation.Ctis ? 0.3 : 0.65) ? PublicContact(random, sponsor, siteHospitals) : null,
            Sites = sites,
            Title = title,
            PhaseCode = phase,
            TherapeuticArea = regulation == Regulation.Ctis ? condition.CtisArea : condition.Specialty,
            DiseaseText = regulation == Regulation.Ctis || random.Chance(0.6) ? Capitalize(condition.Disease) : null,
            Meddra = regulation == Regulation.Ctis || random.Chance(0.5) ? condition.Meddra : [],
            Size = Size(random, regulation, plan.PrecisionCode),
            AgeRanges = AgeRanges(random, condition.Population),
            Sexes = Sexes(random, condition.Population, plan.PrecisionCode),
            SubjectGroup = regulation == Regulation.Ctis || random.Chance(0.3) ? null : random.Pick(StudyTexts.SubjectGroups),
            RecruitmentPopulations = regulation == Regulation.Ctis ? RecruitmentPopulations(random, condition) : [],
            VulnerablePopulationsExcluded = regulation != Regulation.Ctis && random.Chance(0.6) ? random.Chance(0.7) : null,
            RecruitmentStart = recruitmentStart,
            RecruitmentEnd = recruitmentEnd,
            History = history,
            Approvals = approvals,
            TheoreticalMaximumAuthorization = plan.ApprovalDate.AddMonths(random.Between(12, 30)),
            Countries = regulation == Regulation.Ctis ? Countries(random) : [],
            Eligibility = Eligibility(random, condition),
            Endpoints = endpoints,
            Objectives = hasTexts && random.Chance(0.9) ? Objectives(endpoints) : null,
            Summary = hasTexts ? Summary(random, condition, intervention, sites.Count) : null,
            ParticipationMonths = regulation != Regulation.Ctis && random.Chance(0.75) ? random.Pick(ParticipationDurations) : null,
            Identifiers = Identifiers(random, record, plan.PrecisionCode, acronym, plan.ApprovalDate),
        };
    }

    /// <summary>The precision as the source writes it: <c>Catégorie 2</c>, <c>IC-Cas 4.2</c>, <c>un essai clinique (CTIS)</c>.</summary>
    public string PrecisionSource(string code)
    {
        var display = _vocabulary.ReglementationPrecision.Display(code);
        var open = display.LastIndexOf(" (", StringComparison.Ordinal);
        return code.StartsWith("study-", StringComparison.Ordinal) || open < 0 ? display : display[..open];
    }

    private SponsorEntry PickSponsor(DeterministicRandom random, Regulation regulation)
    {
        var candidates = _vocabulary.Sponsors.Where(s => s.Regulations.Contains(regulation)).ToList();
        var preferIndustry = regulation switch
        {
            Regulation.Ctis => 0.75,
            Regulation.MedicalDevice or Regulation.InVitroDiagnostic => 0.7,
            _ => 0.08,
        };
        var industry = random.Chance(preferIndustry);
        var preferred = candidates.Where(s => (s.Kind == "industry") == industry).ToList();
        return random.Pick(preferred.Count > 0 ? preferred : candidates);
    }

    private static string? PickPhase(DeterministicRandom random, Regulation regulation, string precision) => regulation switch
    {
        Regulation.Ctis => Weighted(random, CtisPhases),
        Regulation.Jarde when precision == "cat1-jarde" && random.Chance(0.35) => Weighted(random, JardePhases),
        _ => null,
    };

    private static string PickTitle(DeterministicRandom random, Regulation regulation, string precision) => regulation switch
    {
        Regulation.Ctis => random.Pick(StudyTexts.CtisTitles),
        Regulation.MedicalDevice => random.Pick(StudyTexts.DeviceTitles),
        Regulation.InVitroDiagnostic => random.Pick(StudyTexts.InVitroTitles),
        _ => precision switch
        {
            "cat1-jarde" => random.Pick(StudyTexts.JardeInterventionalTitles),
            "cat2-jarde" => random.Pick(StudyTexts.JardeMinimalRiskTitles),
            _ => random.Pick(StudyTexts.JardeObservationalTitles),
        },
    };

    private static string Fill(
        string template,
        ConditionEntry condition,
        string? phase,
        List<string> drugs,
        string intervention,
        string acronym,
        DeterministicRandom random)
    {
        var device = condition.Devices.Count > 0 ? random.Pick(condition.Devices) : "dispositif médical";
        var test = condition.InVitroTests.Count > 0 ? random.Pick(condition.InVitroTests) : "test diagnostique";
        var text = template
            .Replace("{phase}", StudyTexts.PhaseLabel(phase), StringComparison.Ordinal)
            .Replace("{drug2}", "le " + (drugs.Count > 1 ? drugs[1] : "placebo"), StringComparison.Ordinal)
            .Replace("{drug}", "le " + (drugs.Count > 0 ? drugs[0] : "traitement expérimental"), StringComparison.Ordinal)
            .Replace("{device}", device, StringComparison.Ordinal)
            .Replace("{test}", test, StringComparison.Ordinal)
            .Replace("{intervention}", intervention, StringComparison.Ordinal)
            .Replace("{endpoint}", condition.PrimaryEndpoint, StringComparison.Ordinal)
            .Replace("{affected}", StudyTexts.Affected(condition.Population), StringComparison.Ordinal)
            .Replace("{patients}", StudyTexts.Patients(condition.Population), StringComparison.Ordinal)
            .Replace("{disease}", condition.Disease, StringComparison.Ordinal)
            .Replace("{acronym}", acronym, StringComparison.Ordinal);
        return Capitalize(Elide(text));
    }

    /// <summary>
    /// French elision and contraction: "de empagliflozine" → "d'empagliflozine", "le intervalle" →
    /// "l'intervalle", then "de le" → "du", "à le" → "au", "de des" → "de".
    /// </summary>
    private static string Elide(string text) => ElisionPattern().Replace(text, "${article}'${initial}")
        .Replace(" de le ", " du ", StringComparison.Ordinal)
        .Replace(" à le ", " au ", StringComparison.Ordinal)
        .Replace(" de des ", " de ", StringComparison.Ordinal);

    private static string Acronym(DeterministicRandom random)
    {
        var builder = new StringBuilder();
        var parts = random.Between(2, 3);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(random.Pick(StudyTexts.AcronymSyllables));
        }

        if (random.Chance(0.2))
        {
            builder.Append('-').Append(random.Between(2, 4));
        }

        return builder.ToString();
    }

    private SiteContent Site(DeterministicRandom random, HospitalEntry hospital, ConditionEntry condition)
    {
        var female = random.Chance(0.5);
        var given = random.Pick(female ? _vocabulary.FemaleGivenNames : _vocabulary.MaleGivenNames);
        var family = random.Pick(_vocabulary.FamilyNames);
        var services = _vocabulary.ServicesBySpecialty.TryGetValue(condition.Specialty, out var list) ? list : ["Unité de recherche clinique"];
        return new SiteContent(
            random.Chance(0.03) ? "Donnée non disponible" : hospital.Name,
            hospital.Address,
            hospital.City,
            hospital.PostalCode,
            random.Pick(StudyTexts.InvestigatorTitles),
            random.Chance(0.5) ? family.ToUpper(CultureInfo.InvariantCulture) : family,
            given,
            random.Pick(services),
            random.Chance(0.85) ? Email(given, family, hospital.EmailDomain) : null,
            random.Chance(0.7) ? hospital.PhonePrefix + " " + Digits(random, 2) + " " + Digits(random, 2) : null);
    }

    private PersonContact ScientificContact(DeterministicRandom random, SponsorEntry sponsor)
    {
        var given = random.Pick(random.Chance(0.5) ? _vocabulary.FemaleGivenNames : _vocabulary.MaleGivenNames);
        var family = random.Pick(_vocabulary.FamilyNames);
        var email = sponsor.Kind == "industry" && random.Chance(0.6)
            ? random.Pick(["clinical.trials", "eu.ctsubmissions", "essais.cliniques", "clinicaltrialdisclosure"]) + "@" + sponsor.EmailDomain
            : Email(given, family, sponsor.EmailDomain);
        return new PersonContact(
            family.ToUpper(CultureInfo.InvariantCulture),
            given,
            random.Chance(0.7) ? sponsor.Phone : null,
            random.Chance(0.92) ? email : null);
    }

    private PersonContact PublicContact(DeterministicRandom random, SponsorEntry sponsor, List<HospitalEntry> hospitals)
    {
        var given = random.Pick(random.Chance(0.5) ? _vocabulary.FemaleGivenNames : _vocabulary.MaleGivenNames);
        var family = random.Pick(_vocabulary.FamilyNames);
        var domain = hospitals.Count > 0 && random.Chance(0.6) ? hospitals[0].EmailDomain : sponsor.EmailDomain;
        var phone = hospitals.Count > 0 ? "+33 " + hospitals[0].PhonePrefix[1..] + " " + Digits(random, 2) + " " + Digits(random, 2) : "0" + Digits(random, 9);
        return new PersonContact(
            family.ToUpper(CultureInfo.InvariantCulture),
            given,
            random.Chance(0.8) ? phone : null,
            random.Chance(0.9) ? Email(given, family, domain) : null);
    }

    private static List<DatedEntry> History(DeterministicRandom random, StudyRecord record, DateOnly lastUpdated, DateOnly approval)
    {
        var status = record.SourceStatus!;
        var label = StudyTexts.HistoryLabel(status);
        var history = new List<DatedEntry>();
        var span = Math.Max(0, lastUpdated.DayNumber - approval.DayNumber);
        switch (status)
        {
            case "A_DEMARRER":
                break;
            case "PROROGEE":
            case "EN_COURS" when random.Chance(0.5):
                history.Add(new DatedEntry(approval.AddDays(random.Next(span / 3 + 1)), StudyTexts.HistoryLabel("A_DEMARRER")));
                break;
            case "EN_COURS":
                break;
            default:
                if (span > 2)
                {
                    history.Add(new DatedEntry(approval.AddDays(random.Next(span / 2 + 1)), StudyTexts.HistoryLabel("EN_COURS")));
                }

                break;
        }

        history.Add(new DatedEntry(lastUpdated, label));
        return history;
    }

    private static List<DatedEntry> Approvals(DeterministicRandom random, StudyRecord record, DateOnly lastUpdated, DateOnly approval)
    {
        var count = random.PickWeighted([30, 30, 22, 12, 6]);
        var span = lastUpdated.DayNumber - approval.DayNumber;
        if (span <= 0)
        {
            return [];
        }

        var year = approval.Year % 100;
        var reference = record.Regulation == Regulation.Ctis
            ? string.Create(CultureInfo.InvariantCulture, $"{year:00}.{random.Between(100, 9999):00000}.{random.Between(1, 999999):000000}-SM-")
            : string.Create(CultureInfo.InvariantCulture, $"{year:00}.{random.Between(1, 9999):00000}.{random.Between(100000, 999999):000000}-MS");
        var dates = new List<DateOnly>();
        for (var i = 0; i < count; i++)
        {
            dates.Add(approval.AddDays(random.Next(span)));
        }

        dates.Sort();
        var approvals = new List<DatedEntry>();
        for (var i = 0; i < dates.Count; i++)
        {
            var suffix = record.Regulation == Regulation.Ctis
                ? (i + 1).ToString(CultureInfo.InvariantCulture)
                : (i + 2).ToString("00", CultureInfo.InvariantCulture);
            approvals.Add(new DatedEntry(dates[i], reference + suffix));
        }

        return approvals;
    }

    private static (DateOnly? Start, DateOnly? End) RecruitmentPeriod(DeterministicRandom random, string status, DateOnly approval)
    {
        if (random.Chance(status == "approved" ? 0.5 : 0.15))
        {
            return (null, null);
        }

        var start = approval.AddDays(random.Between(15, 200));
        DateOnly? end = random.Chance(status is "active" or "approved" ? 0.45 : 0.85) ? start.AddDays(random.Between(180, 1460)) : null;
        return (start, end);
    }

    private static string? RecruitmentStatus(DeterministicRandom random, string status) => status switch
    {
        "approved" => random.Chance(0.9) ? "Recrutement en attente" : null,
        "active" => random.PickWeighted([75, 20, 5]) switch
        {
            0 => "Recrutement ouvert",
            1 => "Recrutement fermé",
            _ => "Recrutement en attente",
        },
        "temporarily-closed-to-accrual" => random.Chance(0.7) ? "Recrutement fermé" : null,
        "withdrawn" => random.Chance(0.4) ? "Recrutement en attente" : null,
        _ => random.Chance(0.8) ? "Recrutement fermé" : null,
    };

    private static int Size(DeterministicRandom random, Regulation regulation, string precision)
    {
        var (low, high) = regulation switch
        {
            Regulation.Ctis => (5, 150),
            Regulation.MedicalDevice => (10, 400),
            Regulation.InVitroDiagnostic => (100, 3000),
            _ => precision switch
            {
                "cat1-jarde" => (30, 800),
                "cat2-jarde" => (20, 1500),
                _ => (50, 10000),
            },
        };
        var logLow = Math.Log(low);
        var value = Math.Exp(logLow + (random.NextDouble() * (Math.Log(high) - logLow)));
        return (int)Math.Round(value);
    }

    private static List<string> AgeRanges(DeterministicRandom random, string population) => population switch
    {
        "child" or "newborn" => ["0-17 years"],
        "elderly" => ["65+ years"],
        "all" => ["0-17 years", "18-64 years", "65+ years"],
        _ => random.Chance(0.7) ? ["65+ years", "18-64 years"] : ["18-64 years"],
    };

    private static List<string> Sexes(DeterministicRandom random, string population, string precision) => population switch
    {
        "women" => ["Female"],
        "men" => ["Male"],
        _ when precision.StartsWith("cat3", StringComparison.Ordinal) && random.Chance(0.1) => ["unknown"],
        _ => ["Male", "Female"],
    };

    private static List<string> RecruitmentPopulations(DeterministicRandom random, ConditionEntry condition)
    {
        var codes = new List<string>();
        if (condition.Population is "child" or "newborn")
        {
            codes.Add("minors");
        }

        if (condition.Population is not ("men" or "elderly" or "newborn") && random.Chance(0.7))
        {
            codes.Add("no-using-contraception");
            codes.Add("using-contraception");
        }

        if (condition.Key is "sepsis" or "stroke" or "mi" && random.Chance(0.6))
        {
            codes.Add("emergency-situation");
        }

        if (condition.Key is "alzheimer" or "stroke" or "sepsis" && random.Chance(0.5))
        {
            codes.Add("incap-consent");
        }

        if (codes.Count == 0 && random.Chance(0.3))
        {
            codes.Add("other");
        }

        return codes;
    }

    private static List<string> Countries(DeterministicRandom random)
    {
        var countries = random.PickDistinct(EuCountries, random.Next(10));
        countries.Add("FR");
        countries.Sort(StringComparer.Ordinal);
        return countries;
    }

    private static List<Criterion> Eligibility(DeterministicRandom random, ConditionEntry condition)
    {
        var criteria = new List<Criterion>
        {
            new(condition.Population switch
            {
                "child" => "Enfant ou adolescent âgé de 2 à 17 ans, avec l'accord des titulaires de l'autorité parentale",
                "newborn" => "Nouveau-né né avant 32 semaines d'aménorrhée",
                "elderly" => "Patient âgé de 65 ans ou plus",
                _ => "Âge supérieur ou égal à 18 ans",
            }, false),
            new("Diagnostic confirmé de " + condition.Disease, false),
        };
        foreach (var text in random.PickDistinct(StudyTexts.GenericInclusions, random.Between(1, 3)))
        {
            criteria.Add(new Criterion(text, false));
        }

        if (condition.Specialty is "Cancérologie" or "Hématologie")
        {
            foreach (var text in random.PickDistinct(StudyTexts.OncologyInclusions, random.Between(1, 3)))
            {
                criteria.Add(new Criterion(text, false));
            }
        }

        var exclusions = StudyTexts.GenericExclusions
            .Where(e => condition.Population is not ("men" or "child" or "newborn") || !e.StartsWith("Femme enceinte", StringComparison.Ordinal))
            .ToList();
        foreach (var text in random.PickDistinct(exclusions, random.Between(2, 5)))
        {
            criteria.Add(new Criterion(text, true));
        }

        return criteria;
    }

    private static List<Criterion> Endpoints(DeterministicRandom random, ConditionEntry condition)
    {
        var endpoints = new List<Criterion> { new(Capitalize(condition.PrimaryEndpoint), false) };
        foreach (var text in random.PickDistinct(condition.SecondaryEndpoints, random.Between(1, 4)))
        {
            endpoints.Add(new Criterion(Capitalize(text), true));
        }

        return endpoints;
    }

    private static string Objectives(List<Criterion> endpoints)
    {
        var builder = new StringBuilder();
        builder.Append("Objectif principal : \nÉvaluer ").Append(Uncapitalize(endpoints[0].Text)).Append(".\n");
        builder.Append("Critère d'évaluation : ").Append(endpoints[0].Text).Append('.');
        if (endpoints.Count > 1)
        {
            builder.Append("\n\nObjectif secondaire : ");
            for (var i = 1; i < endpoints.Count; i++)
            {
                builder.Append('\n').Append(i.ToString(CultureInfo.InvariantCulture)).Append(". Évaluer ").Append(Uncapitalize(endpoints[i].Text)).Append('.');
            }
        }

        return builder.ToString();
    }

    private static string Summary(DeterministicRandom random, ConditionEntry condition, string intervention, int siteCount)
    {
        var sites = siteCount <= 1 ? "un centre" : siteCount.ToString(CultureInfo.InvariantCulture) + " centres";
        var months = random.Pick(ParticipationDurations).ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        builder.Append("La prise en charge de ").Append(condition.Disease).Append(" représente un enjeu important de santé publique en France. ");
        builder.Append(random.Pick(StudyTexts.Contexts).Replace("{intervention}", intervention, StringComparison.Ordinal)).Append(' ');
        builder.Append("Cette étude a pour objectif d'évaluer ").Append(condition.PrimaryEndpoint).Append(" chez ").Append(StudyTexts.Affected(condition.Population)).Append(' ').Append(condition.Disease).Append(".\n");
        builder.Append(random.Pick(StudyTexts.Designs).Replace("{sites}", sites, StringComparison.Ordinal).Replace("{months}", months, StringComparison.Ordinal)).Append('\n');
        builder.Append(random.Pick(StudyTexts.Conclusions));
        return Elide(builder.ToString());
    }

    private static List<SecondaryIdentifier> Identifiers(DeterministicRandom random, StudyRecord record, string precision, string acronym, DateOnly approval)
    {
        var identifiers = new List<SecondaryIdentifier>();
        var nctChance = record.Regulation switch
        {
            Regulation.Ctis => 0.6,
            Regulation.MedicalDevice => 0.35,
            Regulation.InVitroDiagnostic => 0.1,
            _ => precision switch
            {
                "cat1-jarde" => 0.45,
                "cat2-jarde" => 0.15,
                _ => 0.1,
            },
        };
        if (random.Chance(nctChance))
        {
            identifiers.Add(new SecondaryIdentifier("https://clinicaltrials.gov", "secondary", "NCT0" + random.Between(4000000, 7299999).ToString(CultureInfo.InvariantCulture)));
        }

        if (random.Chance(0.03))
        {
            identifiers.Add(new SecondaryIdentifier("https://www.isrctn.com", "secondary", "ISRCTN" + Digits(random, 8)));
        }

        if (record.Regulation == Regulation.Jarde && random.Chance(0.15))
        {
            var utn = random.Chance(0.5) ? record.Id : "U1111-" + Digits(random, 4) + "-" + Digits(random, 4);
            identifiers.Add(new SecondaryIdentifier("https://www.who.int/tools/clinical-trials-registry-platform", "secondary", utn));
        }

        if (record.Regulation != Regulation.Ctis && random.Chance(0.35))
        {
            var free = random.Chance(0.4)
                ? acronym
                : random.Pick(StudyTexts.FreeIdentifierPrefixes) + "-" + (approval.Year % 100).ToString("00", CultureInfo.InvariantCulture) + "-" + Digits(random, 3);
            identifiers.Add(new SecondaryIdentifier("https://my-identifier.fr", "temp", free));
        }

        return identifiers;
    }

    private static string Email(string given, string family, string domain) =>
        Ascii(given) + "." + Ascii(family) + "@" + domain;

    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in Diacritics.Remove(name))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is ' ' or '-' or '\'')
            {
                builder.Append('-');
            }
        }

        return builder.ToString();
    }

    private static string Digits(DeterministicRandom random, int count)
    {
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            builder.Append((char)('0' + random.Next(10)));
        }

        return builder.ToString();
    }

    private static string Weighted(DeterministicRandom random, (string Code, int Weight)[] choices) =>
        choices[random.PickWeighted(choices.Select(c => c.Weight).ToArray())].Code;

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string Uncapitalize(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..];

    [GeneratedRegex(@"\b(?<article>[dDlL])e (?<initial>[aeiouyéèêâîôûhAEIOUYÉ])", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ElisionPattern();
}
