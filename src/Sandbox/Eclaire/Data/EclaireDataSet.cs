using Gateway.Sandbox.Eclaire.Fhir;
using Gateway.Sandbox.Eclaire.Search;

namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// The studies the ECLAIRE sandbox serves, in index order, with what reading and searching need: lookup
/// by id, the default sort order (meta.lastUpdated desc, _id desc, status asc), the first study storing
/// each organization, the statistics, and the full-text index (built on first use, or in the background).
/// </summary>
internal sealed class EclaireDataSet
{
    private readonly Dictionary<string, StudyRecord> _byId;
    private readonly Dictionary<string, StudyRecord> _firstByOrganization;
    private readonly Lazy<FullTextIndex> _textIndex;
    private int _indexParallelism = Environment.ProcessorCount;

    public EclaireDataSet(List<StudyRecord> records, StudyGenerator generator, EclaireSandboxOptions options)
    {
        Studies = records;
        Generator = generator;
        _byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        DefaultOrder = [.. records.OrderBy(r => r, DefaultSortComparer.Instance).Select(r => r.Index)];
        Statistics = EclaireStatistics.Count(records);
        _firstByOrganization = new Dictionary<string, StudyRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var organization in OrganizationsOf(record))
            {
                _firstByOrganization.TryAdd(organization, record);
            }
        }

        _textIndex = new Lazy<FullTextIndex>(() => FullTextIndex.Build(records, generator, Volatile.Read(ref _indexParallelism)), LazyThreadSafetyMode.ExecutionAndPublication);
        if (options.BuildTextIndexAtStartup)
        {
            _ = _textIndex.Value;
        }
    }

    public IReadOnlyList<StudyRecord> Studies { get; }

    public StudyGenerator Generator { get; }

    /// <summary>Study indexes in the API's default sort order.</summary>
    public IReadOnlyList<int> DefaultOrder { get; }

    public EclaireStatistics Statistics { get; }

    public TimeSpan BuildTime { get; internal set; }

    public bool IsTextIndexBuilt => _textIndex.IsValueCreated;

    public FullTextIndex TextIndex => _textIndex.Value;

    public StudyRecord? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The first study (in index order) that stores the organization, as the API returns it.</summary>
    public StudyRecord? FirstWithOrganization(string organizationId) => _firstByOrganization.GetValueOrDefault(organizationId);

    public StudyDocuments Documents(StudyRecord record) => new(record, Generator);

    /// <summary>
    /// Starts building the full-text index on the thread pool, leaving a core to the requests (those that
    /// need the index wait for it).
    /// </summary>
    public void WarmTextIndexInBackground()
    {
        Volatile.Write(ref _indexParallelism, Math.Max(1, Environment.ProcessorCount - 1));
        _ = Task.Run(() => _textIndex.Value);
    }

    private static IEnumerable<string> OrganizationsOf(StudyRecord record)
    {
        if (record.Verbatim is { } verbatim)
        {
            return verbatim.Organizations.Select(JsonReorder.Id).OfType<string>();
        }

        return [record.OrganizationId];
    }
}
