using System.ComponentModel;
using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.GraphQL.Tests.CodeFirst;

// Resolver classes keep instance methods (as HotChocolate resolvers are written); input classes use
// concrete collections on purpose, to test the conversions to them.
#pragma warning disable CA1822, MA0016

/// <summary>A small clinical-study domain exercising the code-first builder's rules.</summary>
public static class ClinicalModel
{
    public enum StudyStatus
    {
        Planned,
        InProgress,
        [GraphQLDescription("Closed to enrolment.")]
        Closed,
        [GraphQLDeprecated("Use CLOSED.")]
        Terminated,
    }

    public enum ErrorKind
    {
        HTTPError,
        Http2Error,
        [GraphQLName("OTHER")]
        SomethingElse,
        [GraphQLIgnore]
        Hidden,
    }

    [UnionType("SearchResult")]
    public interface ISearchResult;

    [GraphQLDescription("Someone taking part in studies.")]
    public interface IPerson
    {
        [GraphQLDescription("The full name.")]
        string Name { get; }

        string? Email { get; }
    }

    [GraphQLDescription("A clinical study.")]
    public sealed record Study(
        [property: ID] int Id,
        string Title,
        string? Acronym,
        StudyStatus Status,
        int? Phase,
        DateOnly StartDate,
        DateTimeOffset CreatedAt,
        IReadOnlyList<string> Keywords,
        int SponsorId) : ISearchResult
    {
        public decimal? Budget { get; init; }

        [GraphQLIgnore]
        public string InternalNotes { get; init; } = "";

        [GraphQLName("displayName")]
        public string Label => Acronym is null ? Title : $"{Title} ({Acronym})";

        [GraphQLDeprecated("Use keywords.")]
        public string? Tags => Keywords.Count == 0 ? null : string.Join(",", Keywords);

        [GraphQLDescription("The participants, first ones first.")]
        public IReadOnlyList<Participant> GetParticipants(
            [GraphQLDescription("How many to return.")] int first = 20,
            ParticipantFilter? filter = null) =>
            ClinicalData.Participants
                .Where(p => p.StudyId == Id && (filter?.MinAge is not { } min || p.Age >= min) && (filter?.Statuses is not { } statuses || statuses.Contains(Status)))
                .Take(first)
                .ToList();
    }

    public sealed record Participant(string Name, string? Email, int Age, int StudyId) : IPerson;

    public sealed class Investigator(string name) : IPerson, ISearchResult
    {
        public string Name { get; } = name;

        public string? Email => null;

        public IReadOnlyList<int?> Ratings { get; init; } = [5, null, 4];
    }

    public sealed record Sponsor(int Id, string Name);

    public sealed class ParticipantFilter
    {
        public int? MinAge { get; set; }

        public IReadOnlyList<StudyStatus>? Statuses { get; set; }
    }

    [GraphQLDescription("What a new study starts with.")]
    public sealed record NewStudyInput(
        string Title,
        [property: GraphQLDescription("A short name.")] string? Acronym,
        IReadOnlyList<string> Keywords,
        StudyStatus Status = StudyStatus.Planned,
        DateOnly? StartDate = null,
        SiteInput? Site = null);

    public sealed class SiteInput
    {
        public required string Name { get; init; }

        public string? Country { get; set; }

        [DefaultValue(10)]
        public int Capacity { get; set; } = 10;

        public List<ContactInput> Contacts { get; set; } = [];
    }

    public sealed record Contact(string Email, bool Primary);

    public sealed record ContactInput(string Email, bool Primary = false);

    [OneOf]
    public sealed class StudyLookup
    {
        [ID]
        public int? Id { get; set; }

        public string? Acronym { get; set; }
    }

    public interface IStudyRepository
    {
        int Count { get; }
    }

    public sealed class StudyRepository : IStudyRepository
    {
        public int Count => ClinicalData.Studies.Count;
    }

    public sealed class Query
    {
        [GraphQLDescription("Finds a study by its id.")]
        public async Task<Study?> GetStudyAsync([ID] int id, CancellationToken cancellationToken)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return ClinicalData.Studies.FirstOrDefault(s => s.Id == id);
        }

        public IReadOnlyList<Study> GetStudies(int first = 20, StudyStatus? status = null, string? search = null) =>
            ClinicalData.Studies
                .Where(s => (status is null || s.Status == status) && (search is null || s.Title.Contains(search, StringComparison.OrdinalIgnoreCase)))
                .Take(first)
                .ToList();

        public Study? FindStudy(StudyLookup by) =>
            ClinicalData.Studies.FirstOrDefault(s => (by.Id is { } id && s.Id == id) || (by.Acronym is { } acronym && s.Acronym == acronym));

        public IEnumerable<ISearchResult> Search(string text) =>
            ClinicalData.Studies.Where(s => s.Title.Contains(text, StringComparison.OrdinalIgnoreCase)).Cast<ISearchResult>()
                .Concat(ClinicalData.Investigators.Where(i => i.Name.Contains(text, StringComparison.OrdinalIgnoreCase)));

        public IPerson? GetPerson(string name) =>
            (IPerson?)ClinicalData.Investigators.FirstOrDefault(i => i.Name == name)
            ?? ClinicalData.Participants.FirstOrDefault(p => p.Name == name);

        public ValueTask<int> CountAsync([Service] IStudyRepository repository) => ValueTask.FromResult(repository.Count);

        public static string Version => "1.0";

        public static ErrorKind LastError() => ErrorKind.HTTPError;

        [Obsolete("Use studies.")]
        public IReadOnlyList<Study> AllStudies() => ClinicalData.Studies;

        public string Fail(string message) => throw new InvalidOperationException(message);

        public async Task<string> FailLaterAsync()
        {
            await Task.Yield();
            throw new GraphQLException("Not available.");
        }

        public string Describe(IResolverContext context) => context.Field.Name;

        [GraphQLIgnore]
        public string Hidden() => "hidden";

        public void Reset()
        {
        }
    }

    public sealed class Mutation
    {
        public Study CreateStudy(NewStudyInput input) =>
            new(100, input.Title, input.Acronym, input.Status, null, input.StartDate ?? new DateOnly(2024, 1, 1), DateTimeOffset.UnixEpoch, input.Keywords, 1);

        public string DescribeSite(SiteInput site) =>
            $"{site.Name}/{site.Country ?? "-"}/{site.Capacity}/{string.Join(";", site.Contacts.Select(c => c.Email + (c.Primary ? "*" : "")))}";

        public int Sum(int[] values, IReadOnlyList<int>? more = null) => values.Sum() + (more?.Sum() ?? 0);
    }

    /// <summary>Loads sponsors by id in batches; counts its batch calls.</summary>
    public sealed class SponsorLoader(IBatchScheduler scheduler) : BatchDataLoader<int, Sponsor>(scheduler)
    {
        private static int _batches;

        public static int Batches => Volatile.Read(ref _batches);

        protected override Task<IReadOnlyDictionary<int, Sponsor>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _batches);
            IReadOnlyDictionary<int, Sponsor> found = ClinicalData.Sponsors.Where(s => keys.Contains(s.Id)).ToDictionary(s => s.Id);
            return Task.FromResult(found);
        }
    }

    [ExtendObjectType(typeof(Study), IgnoreFields = ["sponsorId"])]
    public sealed class StudyResolvers
    {
        public Task<Sponsor?> GetSponsorAsync([Parent] Study study, SponsorLoader sponsors, CancellationToken cancellationToken) =>
            sponsors.LoadAsync(study.SponsorId, cancellationToken);

        public string Summary([Parent] Study study, string separator = " - ") => study.Title + separator + study.Status;
    }
}
