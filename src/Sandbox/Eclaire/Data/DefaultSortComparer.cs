namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// The API's default sort (src/shared/elasticsearch/ElasticsearchBody.ts): <c>meta.lastUpdated</c> desc
/// (missing last), <c>_id</c> desc, <c>status.keyword</c> asc.
/// </summary>
internal sealed class DefaultSortComparer : IComparer<StudyRecord>
{
    public static readonly DefaultSortComparer Instance = new();

    public int Compare(StudyRecord? x, StudyRecord? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var byDate = (x.LastUpdated, y.LastUpdated) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => b.Value.CompareTo(a.Value),
        };
        if (byDate != 0)
        {
            return byDate;
        }

        var byId = string.CompareOrdinal(y.Id, x.Id);
        return byId != 0 ? byId : string.CompareOrdinal(x.Status, y.Status);
    }
}
