using Gateway.Eclaire.Domain;
using static Gateway.Eclaire.Mapping.FhirReading;

namespace Gateway.Eclaire.Mapping;

/// <summary>
/// Maps an ECLAIRE <c>Organization</c> (<c>ansm</c>, <c>ctis</c>, <c>eudract</c>) to an <see cref="Organization"/> with
/// its rows of the association table (document 5.3). Its <c>text.div</c> is the raw record of some study, and is dropped.
/// </summary>
public static class OrganizationMapper
{
    /// <summary>Maps one organization.</summary>
    public static Organization Map(Fhir.Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);

        var id = NullIfBlank(organization.Id) ?? string.Empty;
        return new Organization
        {
            Id = id,
            Name = NullIfBlank(organization.Name),
            Url = FirstTelecom(organization.Telecom, "url"),
            Associations = OrganizationAssociations.For(id),
        };
    }
}
