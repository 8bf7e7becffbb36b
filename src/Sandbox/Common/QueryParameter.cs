namespace Gateway.Sandbox.Common;

/// <summary>
/// One query parameter as Express hands it to a NestJS controller: a name and its value, a string, or an
/// array when the name is repeated.
/// </summary>
internal sealed record QueryParameter(string Name, IReadOnlyList<string> Values)
{
    /// <summary>True when the name was repeated (Express gives the controller an array).</summary>
    public bool IsArray => Values.Count > 1;

    /// <summary>JavaScript's <c>String(value)</c>: the string, or the array's items joined with commas.</summary>
    public string Text => Values.Count == 1 ? Values[0] : string.Join(',', Values);

    /// <summary>JavaScript truthiness of the value: a non-empty string, or any array.</summary>
    public bool IsTruthy => IsArray || Values[0].Length > 0;
}
