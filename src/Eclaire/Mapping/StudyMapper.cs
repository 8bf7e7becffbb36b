using System.Globalization;
using Gateway.Eclaire.Domain;
using Gateway.Eclaire.Fhir;
using static Gateway.Eclaire.Mapping.FhirReading;
using DomainContactType = Gateway.Eclaire.Domain.ContactType;
using DomainRecruitmentStatus = Gateway.Eclaire.Domain.RecruitmentStatus;

namespace Gateway.Eclaire.Mapping;

/// <summary>Maps an ECLAIRE <c>ResearchStudy</c> to a <see cref="Study"/> (ECLAIRE document 2.4.x, API_BEHAVIOR 8).</summary>
public static class StudyMapper
{
    private const string GroupIdSuffix = "-enrollment-group";
    private const string ParticipationDurationPrefix = "La durée de participation est de";

    /// <summary>Maps one study. The id falls back to the primary identifier when the resource has none.</summary>
    public static Study Map(ResearchStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);

        var identifiers = MapIdentifiers(study.Identifier);
        var primary = identifiers.FirstOrDefault(i => i.Kind == IdentifierKind.Primary);
        var regulation = FindRegulation(study.Category);
        var precision = FindPrecision(study.Category);
        var (status, statusLabel) = StudyStatusExtensions.TryParseFhirCode(study.Status, out var parsedStatus)
            ? (parsedStatus, parsedStatus.ToFrenchLabel())
            : ((StudyStatus?)null, (string?)null);
        var recruitment = FindRecruitmentStatus(study.Extension);
        var duration = ParseParticipationDuration(study.Description);

        return new Study
        {
            Id = NullIfBlank(study.Id) ?? primary?.Value ?? string.Empty,
            Title = NullIfBlank(study.Title),
            Status = status,
            StatusCode = NullIfBlank(study.Status),
            StatusLabel = statusLabel,
            RecruitmentStatus = recruitment,
            RecruitmentStatusLabel = recruitment?.ToFrenchLabel(),
            RecruitmentPeriod = ToDomain(Find(study.Extension, EclaireUris.RecruitmentPeriod)?.ValuePeriod),
            Regulation = regulation,
            RegulationPrecision = precision is null ? null : ToDomain(precision),
            LowIntervention = regulation == Regulation.Ctis ? LowInterventionOf(precision) : null,
            Phase = FirstCoding(study.Phase),
            Conditions = MapConditions(study.Condition),
            TherapeuticArea = NullIfBlank(Find(study.Extension, EclaireUris.TherapeuticArea)?.ValueString),
            Summary = FindSummary(study.Extension),
            Objective = NullIfBlank(study.PrimaryPurposeType?.Text),
            Description = NullIfBlank(study.Description),
            ParticipationDuration = duration.Text,
            ParticipationDurationMonths = duration.Months,
            Identifiers = identifiers,
            Contacts = MapContacts(study.Contact),
            Countries = study.Location is { } countries
                ? [.. countries.Select(FirstCoding).OfType<Domain.Coding>()]
                : [],
            Parties = MapParties(study.Extension),
            LastUpdated = ParseInstant(study.Meta?.LastUpdated),
            ReviewDate = ParseInstant(Find(study.Extension, EclaireUris.ReviewDate)?.ValueInstant),
            GroupId = study.Enrollment?.Select(r => ReferenceId(r, "Group")).FirstOrDefault(id => id is not null),
            SiteIds = study.Site is { } sites
                ? [.. sites.Select(r => ReferenceId(r, "Location")).OfType<string>()]
                : [],
            OrganizationId = FindOrganizationId(study.Identifier, regulation),
        };
    }

    /// <summary>The study id a group id names (<c>&lt;study&gt;-enrollment-group</c>), or null.</summary>
    public static string? StudyIdOfGroup(string? groupId) =>
        groupId is not null && groupId.EndsWith(GroupIdSuffix, StringComparison.Ordinal) && groupId.Length > GroupIdSuffix.Length
            ? groupId[..^GroupIdSuffix.Length]
            : null;

    /// <summary>The group id of a study (<c>&lt;study&gt;-enrollment-group</c>).</summary>
    public static string GroupIdOf(string studyId) => studyId + GroupIdSuffix;

    private static Regulation? FindRegulation(IReadOnlyList<CodeableConcept>? categories)
    {
        // The regulation is told by its code (REG536, REG745, REG746, JARDE), whatever the system: the document's own
        // example files JARDE under another code system than the API uses.
        foreach (var coding in AllCodings(categories))
        {
            if (RegulationExtensions.TryParseCode(coding.Code, out var regulation))
            {
                return regulation;
            }
        }

        return null;
    }

    private static Fhir.Coding? FindPrecision(IReadOnlyList<CodeableConcept>? categories) =>
        AllCodings(categories).FirstOrDefault(c => c.System == EclaireUris.RegulationPrecisionCodeSystem && c.Code is not null);

    private static bool? LowInterventionOf(Fhir.Coding? precision) => precision?.Code switch
    {
        "study-low-inter-ctis" => true,
        "study-ctis" => false,
        _ => null,
    };

    private static IEnumerable<Fhir.Coding> AllCodings(IReadOnlyList<CodeableConcept>? concepts) =>
        concepts is null ? [] : concepts.SelectMany(c => c.Coding ?? []);

    private static DomainRecruitmentStatus? FindRecruitmentStatus(IReadOnlyList<Extension>? extensions)
    {
        var concept = Find(extensions, EclaireUris.RecruitmentStatus)?.ValueCodeableConcept;
        foreach (var coding in concept?.Coding ?? [])
        {
            if (RecruitmentStatusExtensions.TryParseCode(coding.Code, out var status))
            {
                return status;
            }
        }

        return null;
    }

    private static string? FindSummary(IReadOnlyList<Extension>? extensions)
    {
        var extension = Find(extensions, EclaireUris.DescriptionSummary) ?? Find(extensions, EclaireUris.DescriptionSummaryR5);
        return NullIfBlank(extension?.ValueMarkdown ?? extension?.ValueString);
    }

    private static (string? Text, int? Months) ParseParticipationDuration(string? description)
    {
        // "La durée de participation est de: 24 mois" (document 2.4.8).
        var text = description?.Trim();
        if (text is null || !text.StartsWith(ParticipationDurationPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        var rest = text[ParticipationDurationPrefix.Length..].TrimStart();
        if (!rest.StartsWith(':'))
        {
            return (null, null);
        }

        var value = rest[1..].Trim();
        if (value.Length == 0)
        {
            return (null, null);
        }

        int? months = null;
        if (value.EndsWith("mois", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(value.AsSpan(0, value.Length - 4).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            months = n;
        }

        return (value, months);
    }

    private static List<StudyCondition> MapConditions(IReadOnlyList<CodeableConcept>? conditions)
    {
        if (conditions is null)
        {
            return [];
        }

        var result = new List<StudyCondition>(conditions.Count);
        foreach (var condition in conditions)
        {
            var meddra = condition.Coding?.FirstOrDefault(c => c.System == EclaireUris.MedDra && c.Code is not null);
            var text = NullIfBlank(condition.Text) ?? NullIfBlank(condition.Coding?.Select(c => c.Display).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d)));
            if (text is null && condition.Coding is not { Count: > 0 })
            {
                continue;
            }

            result.Add(new StudyCondition(condition.Id, text, meddra?.Code, Codings(condition)));
        }

        return result;
    }

    private static List<StudyIdentifier> MapIdentifiers(IReadOnlyList<Identifier>? identifiers)
    {
        if (identifiers is null)
        {
            return [];
        }

        var result = new List<StudyIdentifier>(identifiers.Count);
        foreach (var identifier in identifiers)
        {
            var value = NullIfBlank(identifier.Value);
            if (value is null)
            {
                continue;
            }

            var system = NullIfBlank(identifier.System);
            result.Add(new StudyIdentifier(
                value,
                KindOf(system, identifier.Use),
                system,
                identifier.Use,
                ReferenceId(identifier.Assigner, "Organization")));
        }

        return result;
    }

    private static IdentifierKind KindOf(string? system, string? use) => system switch
    {
        null when use is "official" or null => IdentifierKind.Primary,
        EclaireUris.ClinicalTrialsGov => IdentifierKind.Nct,
        EclaireUris.Isrctn => IdentifierKind.Isrctn,
        EclaireUris.WhoIctrp => IdentifierKind.Utn,
        EclaireUris.FreeIdentifier => IdentifierKind.Free,
        _ => IdentifierKind.Other,
    };

    private static List<Contact> MapContacts(IReadOnlyList<ContactDetail>? contacts)
    {
        if (contacts is null)
        {
            return [];
        }

        var result = new List<Contact>(contacts.Count);
        foreach (var contact in contacts)
        {
            var name = Find(contact.Extension, EclaireUris.ContactName)?.ValueHumanName;
            var typeCode = Find(contact.Extension, EclaireUris.ContactType)?.ValueCodeableConcept?.Coding?
                .Select(c => c.Code)
                .FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
            var mapped = new Contact
            {
                Type = typeCode switch
                {
                    "PUB" => DomainContactType.Public,
                    "SCI" => DomainContactType.Scientific,
                    _ => DomainContactType.Unspecified,
                },
                TypeCode = typeCode,
                Organization = NullIfBlank(contact.Name),
                FamilyName = NullIfBlank(name?.Family),
                GivenNames = NonBlank(name?.Given),
                Affiliation = NullIfBlank(Find(contact.Extension, EclaireUris.ContactAffiliation)?.ValueString),
                Address = ToDomain(Find(contact.Extension, EclaireUris.ContactAddress)?.ValueAddress),
                Phone = FirstTelecom(contact.Telecom, "phone"),
                Email = FirstTelecom(contact.Telecom, "email"),
            };
            result.Add(mapped);
        }

        return result;
    }

    private static IReadOnlyList<StudyParty> MapParties(IReadOnlyList<Extension>? extensions) =>
        [
            .. FindAll(extensions, EclaireUris.AssociatedParty).Select(party => new StudyParty(
                NullIfBlank(Find(party.Nested, "name")?.ValueString),
                FirstCoding(Find(party.Nested, "role")?.ValueCodeableConcept)?.Code,
                FirstCoding(Find(party.Nested, "classifier")?.ValueCodeableConcept)?.Code,
                Find(party.Nested, "party")?.ValueReference?.ReferenceValue)),
        ];

    private static string? FindOrganizationId(IReadOnlyList<Identifier>? identifiers, Regulation? regulation)
    {
        // ECLAIRE names the responsible organization as the assigner of the identifiers (document 5.3 decides it from
        // the regulation and, for DM / DM-DIV, the qualification, which the resource does not carry otherwise).
        var assigned = identifiers?
            .Select(i => ReferenceId(i.Assigner, "Organization"))
            .FirstOrDefault(OrganizationAssociations.IsKnown);
        if (assigned is not null)
        {
            return assigned;
        }

        return regulation is { } known ? OrganizationAssociations.Resolve(known, categoryOne: false) : null;
    }

    private static IReadOnlyList<string> NonBlank(IReadOnlyList<string>? values) =>
        values is null ? [] : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];
}
