using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// The choices about a generated study that the compact data set needs before any content exists: its
/// disease area, regulation precision, number of sites and first favourable-opinion date. Derived from
/// the study's seed alone, so <see cref="StudyGenerator"/> finds the same plan again.
/// </summary>
internal sealed record StudyPlan(int ConditionIndex, string PrecisionCode, int SiteCount, DateOnly ApprovalDate)
{
    private static readonly DateOnly EarliestApproval = new(2018, 1, 2);

    private static readonly (string Code, int Weight)[] JardePrecisions =
        [("cat1-jarde", 30), ("cat2-jarde", 30), ("cat3-jarde", 33), ("cat3-questionnaire-jarde", 5), ("derog-obligation-info-jarde", 2)];

    private static readonly (string Code, int Weight)[] DevicePrecisions =
        [("IC-Cas-1", 20), ("IC-Cas-2", 12), ("IC-Cas-3", 10), ("IC-Cas-4-1", 18), ("IC-Cas-4-2", 20), ("IC-Cas-4-3", 12), ("IC-Cas-4-4", 8)];

    private static readonly (string Code, int Weight)[] InVitroPrecisions = [("EP-Cas-1", 25), ("EP-Cas-2", 45), ("EP-Cas-3", 30)];

    public static StudyPlan Create(EclaireVocabulary vocabulary, ulong seed, Regulation regulation, string status, DateOnly lastUpdated)
    {
        var random = new DeterministicRandom(DeterministicRandom.Mix(seed, 1));
        var eligible = vocabulary.ConditionsByRegulation[regulation];
        var conditionIndex = eligible[random.Next(eligible.Count)];
        var precision = regulation switch
        {
            Regulation.Ctis => random.Chance(0.15) ? "study-low-inter-ctis" : "study-ctis",
            Regulation.MedicalDevice => PickWeighted(random, DevicePrecisions),
            Regulation.InVitroDiagnostic => PickWeighted(random, InVitroPrecisions),
            _ => PickWeighted(random, JardePrecisions),
        };
        var siteCount = DrawSiteCount(random, regulation, precision);
        var maximumLag = status == "approved" ? 240 : 1400;
        var approval = lastUpdated.AddDays(-random.Next(maximumLag));
        if (approval < EarliestApproval)
        {
            approval = EarliestApproval.AddDays(random.Next(60));
        }

        if (approval > lastUpdated)
        {
            approval = lastUpdated;
        }

        return new StudyPlan(conditionIndex, precision, siteCount, approval);
    }

    /// <summary>The organization the primary identifier points to (DOC 5.3): ctis, ansm, or eudract for category-1 device studies.</summary>
    public static string OrganizationFor(Regulation regulation, string precisionCode) => regulation switch
    {
        Regulation.Ctis => "ctis",
        Regulation.MedicalDevice or Regulation.InVitroDiagnostic when precisionCode is "IC-Cas-1" or "EP-Cas-1" => "eudract",
        _ => "ansm",
    };

    private static int DrawSiteCount(DeterministicRandom random, Regulation regulation, string precision)
    {
        var roll = random.NextDouble();
        return regulation switch
        {
            Regulation.Ctis => roll switch
            {
                < 0.04 => 0,
                < 0.40 => random.Between(1, 5),
                < 0.88 => random.Between(6, 20),
                _ => random.Between(21, 60),
            },
            Regulation.MedicalDevice or Regulation.InVitroDiagnostic => roll switch
            {
                < 0.03 => 0,
                < 0.33 => 1,
                < 0.92 => random.Between(2, 10),
                _ => random.Between(11, 30),
            },
            _ => roll switch
            {
                < 0.05 => 0,
                < 0.45 => 1,
                < 0.72 => random.Between(2, 5),
                < 0.94 => random.Between(6, 20),
                _ => random.Between(21, precision == "cat3-jarde" ? 60 : 40),
            },
        };
    }

    private static string PickWeighted(DeterministicRandom random, (string Code, int Weight)[] choices) =>
        choices[random.PickWeighted(choices.Select(c => c.Weight).ToArray())].Code;
}
