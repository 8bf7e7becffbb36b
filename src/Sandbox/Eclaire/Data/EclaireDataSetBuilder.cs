using System.Diagnostics;
using System.Globalization;
using Gateway.Sandbox.Common;

namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// Builds the compact data set: the verbatim studies first (in the API's e2e index order), then the
/// generated ones, in counts that reproduce the real statistics (19,053 studies: 907 DM, 94 DM-DIV,
/// 3,676 CTIS, 14,376 JARDE; 3,112 to start, 9,151 in progress) at scale 1.
/// </summary>
internal static class EclaireDataSetBuilder
{
    /// <summary>The real registry (technical document v3, 2026-04): per regulation, total, in progress, to start.</summary>
    private static readonly (Regulation Regulation, int Total, int Active, int Approved)[] Targets =
    [
        (Regulation.Jarde, 14376, 6246, 2270),
        (Regulation.Ctis, 3676, 2422, 720),
        (Regulation.MedicalDevice, 907, 437, 110),
        (Regulation.InVitroDiagnostic, 94, 46, 12),
    ];

    private enum Bucket
    {
        Active,
        Approved,
        Other,
    }

    public static EclaireDataSet Build(EclaireSandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        var vocabulary = EclaireVocabulary.Load();
        var verbatim = options.DataSet == EclaireDataSetKind.TestFixtures ? VerbatimStudyLoader.LoadE2eIndex() : VerbatimStudyLoader.LoadAll();
        var records = new List<StudyRecord>();
        foreach (var (id, study) in verbatim)
        {
            records.Add(VerbatimStudyLoader.ToRecord(records.Count, id, study));
        }

        if (options.DataSet == EclaireDataSetKind.Generated)
        {
            Generate(options, vocabulary, records);
        }

        var dataSet = new EclaireDataSet(records, new StudyGenerator(vocabulary), options);
        stopwatch.Stop();
        dataSet.BuildTime = stopwatch.Elapsed;
        return dataSet;
    }

    private static void Generate(EclaireSandboxOptions options, EclaireVocabulary vocabulary, List<StudyRecord> records)
    {
        var scale = Math.Max(0, options.Scale);
        var datasetSeed = unchecked((ulong)options.Seed);
        var slots = new List<(Regulation Regulation, Bucket Bucket)>();
        foreach (var (regulation, total, active, approved) in Targets)
        {
            var activeTarget = Scaled(active, scale);
            var approvedTarget = Scaled(approved, scale);
            var otherTarget = Math.Max(0, Scaled(total, scale) - activeTarget - approvedTarget);
            var existing = records.Where(r => r.Regulation == regulation).ToList();
            AddSlots(slots, regulation, Bucket.Active, activeTarget - existing.Count(r => BucketOf(r.Status) == Bucket.Active));
            AddSlots(slots, regulation, Bucket.Approved, approvedTarget - existing.Count(r => BucketOf(r.Status) == Bucket.Approved));
            AddSlots(slots, regulation, Bucket.Other, otherTarget - existing.Count(r => BucketOf(r.Status) == Bucket.Other));
        }

        new DeterministicRandom(DeterministicRandom.Mix(datasetSeed, 0xDA7A)).Shuffle(slots);
        var usedIds = new HashSet<string>(records.Select(r => r.Id), StringComparer.Ordinal);
        foreach (var (regulation, bucket) in slots)
        {
            var index = records.Count;
            var seed = DeterministicRandom.Mix(datasetSeed, (ulong)index + 1);
            var random = new DeterministicRandom(DeterministicRandom.Mix(seed, 0));
            var (status, sourceStatus) = PickStatus(random, bucket);
            var lastUpdated = PickLastUpdated(random, bucket, regulation);
            var plan = StudyPlan.Create(vocabulary, seed, regulation, status, lastUpdated);
            records.Add(new StudyRecord
            {
                Index = index,
                Id = MakeId(random, regulation, plan, usedIds),
                Regulation = regulation,
                RegulationCode = RegulationCodes.Code(regulation),
                Status = status,
                SourceStatus = sourceStatus,
                LastUpdated = new DateTimeOffset(lastUpdated.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                OrganizationId = StudyPlan.OrganizationFor(regulation, plan.PrecisionCode),
                SiteCount = plan.SiteCount,
                Seed = seed,
            });
        }
    }

    private static int Scaled(int value, double scale) => (int)Math.Round(value * scale, MidpointRounding.AwayFromZero);

    private static void AddSlots(List<(Regulation, Bucket)> slots, Regulation regulation, Bucket bucket, int count)
    {
        for (var i = 0; i < count; i++)
        {
            slots.Add((regulation, bucket));
        }
    }

    private static Bucket BucketOf(string status) => status switch
    {
        "active" => Bucket.Active,
        "approved" => Bucket.Approved,
        _ => Bucket.Other,
    };

    private static (string Status, string Source) PickStatus(DeterministicRandom random, Bucket bucket)
    {
        switch (bucket)
        {
            case Bucket.Active:
                return ("active", "EN_COURS");
            case Bucket.Approved:
                return random.Chance(0.92) ? ("approved", "A_DEMARRER") : ("approved", "PROROGEE");
        }

        return random.PickWeighted([49, 16, 12, 8, 5, 10]) switch
        {
            0 => ("completed", "TERMINEE"),
            1 => ("completed", "ARCHIVEE"),
            2 => ("administratively-completed", "TERMINEE_ANTICIPEE"),
            3 => ("withdrawn", "ABANDONNEE"),
            4 => ("withdrawn", "EXPIREE"),
            _ => ("temporarily-closed-to-accrual", "SUSPENDUE"),
        };
    }

    /// <summary><c>meta.lastUpdated</c>, spread over the years, more recent for studies to start or in progress.</summary>
    private static DateOnly PickLastUpdated(DeterministicRandom random, Bucket bucket, Regulation regulation)
    {
        var earliest = bucket switch
        {
            Bucket.Approved => new DateOnly(2024, 5, 1),
            Bucket.Active => new DateOnly(2021, 1, 4),
            _ => new DateOnly(2020, 1, 2),
        };
        if (regulation == Regulation.Ctis && earliest < DataSetCalendar.CtisStart)
        {
            earliest = DataSetCalendar.CtisStart;
        }

        var span = DataSetCalendar.Today.DayNumber - earliest.DayNumber;
        var offset = (int)(Math.Pow(random.NextDouble(), bucket == Bucket.Other ? 1.0 : 1.5) * span);
        return DataSetCalendar.Today.AddDays(-offset);
    }

    /// <summary>A new identifier in the study's own format: EU CT number (CTIS), ID-RCB, or EudraCT number for older drug studies.</summary>
    private static string MakeId(DeterministicRandom random, Regulation regulation, StudyPlan plan, HashSet<string> used)
    {
        while (true)
        {
            string id;
            if (regulation == Regulation.Ctis)
            {
                var year = Math.Max(2022, plan.ApprovalDate.Year);
                id = string.Create(CultureInfo.InvariantCulture, $"{year}-5{random.Between(0, 29999):00000}-{random.Between(10, 99)}-00");
            }
            else
            {
                var year = Math.Max(2012, plan.ApprovalDate.Year - random.Next(2));
                id = regulation == Regulation.Jarde && plan.PrecisionCode == "cat1-jarde" && year <= 2022 && random.Chance(0.2)
                    ? string.Create(CultureInfo.InvariantCulture, $"{year}-00{random.Between(0, 9999):0000}-{random.Between(10, 99)}")
                    : string.Create(CultureInfo.InvariantCulture, $"{year}-A0{random.Between(0, 3999):0000}-{random.Between(10, 99)}");
            }

            if (used.Add(id))
            {
                return id;
            }
        }
    }
}
