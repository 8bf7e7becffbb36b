namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>A dated line of the source record: a status change (<c>historique</c>) or a favourable opinion (<c>dates_avis_favorable_ms_mns</c>).</summary>
internal sealed record DatedEntry(DateOnly Date, string Label);
