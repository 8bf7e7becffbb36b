namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>
/// An eligibility criterion (<see cref="Exclude"/> = exclusion) or an endpoint (<see cref="Exclude"/> =
/// secondary), as the Group's <c>grp-other</c> characteristics encode them.
/// </summary>
internal sealed record Criterion(string Text, bool Exclude);
