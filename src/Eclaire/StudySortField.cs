namespace Gateway.Eclaire;

/// <summary>The fields ECLAIRE sorts studies on (its default sort uses exactly these three).</summary>
public enum StudySortField
{
    /// <summary><c>meta.lastUpdated</c>.</summary>
    LastUpdated,

    /// <summary><c>_id</c>: the study id.</summary>
    Id,

    /// <summary><c>status.keyword</c>: the FHIR status code.</summary>
    Status,
}
