using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// The reference tables the generator draws from: disease areas, hospitals, sponsors, names, hospital
/// departments and the API's own code systems. Loaded once per data set from the embedded files.
/// </summary>
internal sealed class EclaireVocabulary
{
    private EclaireVocabulary()
    {
    }

    public required IReadOnlyList<ConditionEntry> Conditions { get; init; }

    /// <summary>The indexes of the disease areas that fit each regulation (drug trials need drugs, device studies devices...).</summary>
    public required IReadOnlyDictionary<Regulation, IReadOnlyList<int>> ConditionsByRegulation { get; init; }

    public required IReadOnlyList<HospitalEntry> Hospitals { get; init; }

    public required IReadOnlyList<SponsorEntry> Sponsors { get; init; }

    public required IReadOnlyList<string> FemaleGivenNames { get; init; }

    public required IReadOnlyList<string> MaleGivenNames { get; init; }

    public required IReadOnlyList<string> FamilyNames { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> ServicesBySpecialty { get; init; }

    public required CodeSystemDisplays PhaseSource { get; init; }

    public required CodeSystemDisplays ReglementationPrecision { get; init; }

    public required CodeSystemDisplays RegulationCodeSystem { get; init; }

    public required CodeSystemDisplays StudyPopulation { get; init; }

    public required CodeSystemDisplays RecruitmentStatus { get; init; }

    public required CodeSystemDisplays Countries { get; init; }

    public required CodeSystemDisplays AdministrativeGender { get; init; }

    public required CodeSystemDisplays GroupCharacteristicKind { get; init; }

    public required CodeSystemDisplays ContactType { get; init; }

    public required CodeSystemDisplays PartyRole { get; init; }

    public static EclaireVocabulary Load()
    {
        var names = EmbeddedData.ReadTsv("Eclaire/Vocabulary/person-names.tsv", skipHeader: true).ToList();
        var services = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("Eclaire/Vocabulary/specialty-services.tsv", skipHeader: true))
        {
            services[row[0]] = row[1].Split(';');
        }

        List<ConditionEntry> conditions = [.. EmbeddedData.ReadTsv("Eclaire/Vocabulary/conditions.tsv", skipHeader: true).Select(ReadCondition)];
        var byRegulation = new Dictionary<Regulation, IReadOnlyList<int>>
        {
            [Regulation.Jarde] = [.. Enumerable.Range(0, conditions.Count)],
            [Regulation.Ctis] = [.. Enumerable.Range(0, conditions.Count).Where(i => conditions[i].Drugs.Count > 0)],
            [Regulation.MedicalDevice] = [.. Enumerable.Range(0, conditions.Count).Where(i => conditions[i].Devices.Count > 0)],
            [Regulation.InVitroDiagnostic] = [.. Enumerable.Range(0, conditions.Count).Where(i => conditions[i].InVitroTests.Count > 0)],
        };

        return new EclaireVocabulary
        {
            Conditions = conditions,
            ConditionsByRegulation = byRegulation,
            Hospitals = [.. EmbeddedData.ReadTsv("Eclaire/Vocabulary/hospitals.tsv", skipHeader: true)
                .Select(r => new HospitalEntry(r[0], r[1], r[2], r[3], r[4], r[5]))],
            Sponsors = [.. EmbeddedData.ReadTsv("Eclaire/Vocabulary/sponsors.tsv", skipHeader: true).Select(ReadSponsor)],
            FemaleGivenNames = [.. names.Where(r => r[0] == "given-female").Select(r => r[1])],
            MaleGivenNames = [.. names.Where(r => r[0] == "given-male").Select(r => r[1])],
            FamilyNames = [.. names.Where(r => r[0] == "family").Select(r => r[1])],
            ServicesBySpecialty = services,
            PhaseSource = CodeSystemDisplays.Load("eclaireStudyPhaseSourceCodeSystem.json"),
            ReglementationPrecision = CodeSystemDisplays.Load("eclaireReglementationPrecisionCodeSystem.json"),
            RegulationCodeSystem = CodeSystemDisplays.Load("eclaireRegulationCodeCodeSystem.json"),
            StudyPopulation = CodeSystemDisplays.Load("eclaireStudyPopulationCodeSystem.json"),
            RecruitmentStatus = CodeSystemDisplays.Load("eclaireStatusRecruitmentCodeSystem.json"),
            Countries = CodeSystemDisplays.Load("countryCodeValueSet.json"),
            AdministrativeGender = CodeSystemDisplays.Load("administrativeGenderCodeSystem.json"),
            GroupCharacteristicKind = CodeSystemDisplays.Load("eclaireGroupCharacteristicKindVs.json"),
            ContactType = CodeSystemDisplays.Load("eclaireTypeContactCodeSystem.json"),
            PartyRole = CodeSystemDisplays.Load("eclaireStudyPartyRoleVsCodeSystem.json"),
        };
    }

    private static ConditionEntry ReadCondition(string[] row)
    {
        var meddra = SplitList(row[4], ';')
            .Select(term => term.Split('=', 2))
            .Select(parts => new MeddraTerm(parts[0], parts[1]))
            .ToList();
        return new ConditionEntry(
            row[0],
            row[1],
            row[2],
            row[3],
            meddra,
            row[5],
            SplitList(row[6], ','),
            SplitList(row[7], ','),
            SplitList(row[8], ','),
            row[9],
            SplitList(row[10], '|'));
    }

    private static SponsorEntry ReadSponsor(string[] row) =>
        new(row[0], row[1], row[2], row[3], row[4], row[5], row[6].Split(',').Select(RegulationCodes.FromCode).ToHashSet(), row[7], row[8]);

    private static string[] SplitList(string text, char separator) =>
        text.Length == 0 ? [] : text.Split(separator);
}
