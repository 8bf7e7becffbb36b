namespace Gateway.Eclaire.Domain;

/// <summary>
/// The association table of the ECLAIRE document (5.3): which organization is responsible for a study, by regulation
/// and (DM / DM-DIV) qualification. CTIS → ctis; JARDE → ansm; DM and DM-DIV → eudract when "Catégorie 1", else ansm.
/// </summary>
public static class OrganizationAssociations
{
    /// <summary>The ANSM's id.</summary>
    public const string Ansm = "ansm";

    /// <summary>The CTIS's id.</summary>
    public const string Ctis = "ctis";

    /// <summary>EUDRACT's id.</summary>
    public const string Eudract = "eudract";

    /// <summary>Qualification "Catégorie 1" of a DM / DM-DIV study.</summary>
    public const string CategoryOne = "Catégorie 1";

    /// <summary>Any other qualification of a DM / DM-DIV study.</summary>
    public const string OtherQualification = "Autre";

    /// <summary>The three organization ids ECLAIRE serves, in the document's order.</summary>
    public static IReadOnlyList<string> Ids { get; } = [Ansm, Ctis, Eudract];

    /// <summary>Whether ECLAIRE can serve this organization id (other references, e.g. sponsors, cannot be read).</summary>
    public static bool IsKnown(string? organizationId) =>
        organizationId is Ansm or Ctis or Eudract;

    /// <summary>The rows of the table that name this organization (empty for an unknown id).</summary>
    public static IReadOnlyList<OrganizationAssociation> For(string? organizationId) => organizationId switch
    {
        Ansm =>
        [
            new(Regulation.Jarde, null),
            new(Regulation.Dm, OtherQualification),
            new(Regulation.DmDiv, OtherQualification),
        ],
        Ctis => [new(Regulation.Ctis, null)],
        Eudract =>
        [
            new(Regulation.Dm, CategoryOne),
            new(Regulation.DmDiv, CategoryOne),
        ],
        _ => [],
    };

    /// <summary>The organization responsible for a study of this regulation; <paramref name="categoryOne"/> matters for DM / DM-DIV only.</summary>
    public static string Resolve(Regulation regulation, bool categoryOne) => regulation switch
    {
        Regulation.Ctis => Ctis,
        Regulation.Jarde => Ansm,
        Regulation.Dm or Regulation.DmDiv => categoryOne ? Eudract : Ansm,
        _ => throw new ArgumentOutOfRangeException(nameof(regulation), regulation, "Unknown regulation."),
    };
}
