namespace Gateway.GraphQL.Tests.Validation;

/// <summary>An error a test expects: its message and locations (line, column).</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() =>
        Message + " @ " + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}
