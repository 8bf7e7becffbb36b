namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>A secondary identifier of a study (NCT, ISRCTN, UTN or free number).</summary>
internal sealed record SecondaryIdentifier(string System, string Use, string Value);
