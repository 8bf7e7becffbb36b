namespace Gateway.Eclaire;

/// <summary>
/// The order of a study search (<c>_sort</c>; a leading <c>-</c> means descending). ECLAIRE's handling of several
/// comma-separated fields changed between versions, so one field is sent; ties keep ECLAIRE's default order
/// (last update desc, id desc, status asc).
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="Descending">Descending when true.</param>
public sealed record StudySort(StudySortField Field, bool Descending = false);
