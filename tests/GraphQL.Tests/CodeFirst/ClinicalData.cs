using static Gateway.GraphQL.Tests.CodeFirst.ClinicalModel;

namespace Gateway.GraphQL.Tests.CodeFirst;

/// <summary>In-memory data of <see cref="ClinicalModel"/>.</summary>
public static class ClinicalData
{
    public static IReadOnlyList<Study> Studies { get; } =
    [
        new(1, "Heart Failure Outcomes", "HFO", StudyStatus.InProgress, 3, new DateOnly(2023, 3, 1), new DateTimeOffset(2023, 2, 1, 9, 30, 0, TimeSpan.Zero), ["cardiology", "outcomes"], 1) { Budget = 1250000.5m },
        new(2, "Asthma in Children", null, StudyStatus.Planned, null, new DateOnly(2024, 9, 15), new DateTimeOffset(2024, 5, 2, 14, 0, 0, TimeSpan.FromHours(2)), [], 2),
        new(3, "Kidney Function Registry", "KFR", StudyStatus.Closed, 4, new DateOnly(2019, 1, 10), new DateTimeOffset(2018, 12, 1, 0, 0, 0, TimeSpan.Zero), ["nephrology"], 1),
    ];

    public static IReadOnlyList<Participant> Participants { get; } =
    [
        new("Ann Lee", "ann@example.com", 54, 1),
        new("Bo Chen", null, 61, 1),
        new("Cy Diaz", "cy@example.com", 38, 1),
        new("Dee Fox", null, 9, 2),
    ];

    public static IReadOnlyList<Investigator> Investigators { get; } = [new("Dr. Heart"), new("Dr. Kidney")];

    public static IReadOnlyList<Sponsor> Sponsors { get; } = [new(1, "CardioPharma"), new(2, "Breathe Foundation")];
}
