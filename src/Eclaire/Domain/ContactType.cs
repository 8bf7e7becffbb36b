namespace Gateway.Eclaire.Domain;

/// <summary>The type of a study contact (<c>eclaire-contact-type</c>, document 2.4.4).</summary>
public enum ContactType
{
    /// <summary>No type given (older records put the sponsor contact without one).</summary>
    Unspecified,

    /// <summary><c>PUB</c>: the public contact, open to volunteers' questions.</summary>
    Public,

    /// <summary><c>SCI</c> ("Scientifique / Scientific"): the sponsor / depositor (déposant) contact; its <c>name</c> is the organization.</summary>
    Scientific,
}
