namespace Gateway.Sandbox.Posos.Catalog;

/// <summary>One searchable name: its code, its name as shown, the folded name and its trigrams.</summary>
internal sealed class AutocompleteEntry
{
    public AutocompleteEntry(string id, string name)
    {
        Id = id;
        Name = name;
        FoldedName = TextFolding.Fold(name);
        Trigrams = AutocompleteIndex.Trigrams(FoldedName);
    }

    public string Id { get; }

    public string Name { get; }

    public string FoldedName { get; }

    public long[] Trigrams { get; }
}
