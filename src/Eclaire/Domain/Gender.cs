namespace Gateway.Eclaire.Domain;

/// <summary>Administrative gender (<c>http://hl7.org/fhir/administrative-gender</c>) in a group's <c>grp-gender</c>.</summary>
public enum Gender
{
    /// <summary><c>male</c>.</summary>
    Male,

    /// <summary><c>female</c>.</summary>
    Female,

    /// <summary><c>other</c>.</summary>
    Other,

    /// <summary><c>unknown</c>.</summary>
    Unknown,
}
