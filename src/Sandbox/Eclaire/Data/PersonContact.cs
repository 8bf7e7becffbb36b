namespace Gateway.Sandbox.Eclaire.Data;

/// <summary>A named contact person with optional phone and e-mail.</summary>
internal sealed record PersonContact(string? Family, string? Given, string? Phone, string? Email);
