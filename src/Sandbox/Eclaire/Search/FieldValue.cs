namespace Gateway.Sandbox.Eclaire.Search;

/// <summary>One indexed value of a study document: its field path (object keys joined with dots, as OpenSearch names fields) and text.</summary>
internal readonly record struct FieldValue(string Path, string Text);
