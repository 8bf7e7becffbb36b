namespace Gateway.Eclaire.Domain;

/// <summary>
/// ECLAIRE's global counts (<c>GET /api/statistics</c>, document 6.2), every key in the API's order. A key ECLAIRE
/// does not send maps to null; <see cref="Entries"/> keeps every key sent, known or not, in order.
/// </summary>
public sealed record Statistics
{
    /// <summary><c>Total_etudes</c>: all studies.</summary>
    public long? TotalStudies { get; init; }

    /// <summary><c>Investigations_cliniques_(DM)</c>: medical device studies (REG745).</summary>
    public long? DmStudies { get; init; }

    /// <summary><c>Etudes_performance_(DMDIV)</c>: in vitro diagnostic performance studies (REG746).</summary>
    public long? DmDivStudies { get; init; }

    /// <summary><c>Essais_cliniques_médicament_(CTIS)</c>: drug trials (REG536).</summary>
    public long? CtisStudies { get; init; }

    /// <summary><c>Recherches_impliquant_personnes_humaines_(JARDE)</c>: JARDE research (total minus the three others).</summary>
    public long? JardeStudies { get; init; }

    /// <summary><c>Total_Etudes_à_démarrer</c>: studies with status approved.</summary>
    public long? TotalToStart { get; init; }

    /// <summary><c>Etudes_en_cours_DM</c>: active DM studies.</summary>
    public long? ActiveDmStudies { get; init; }

    /// <summary><c>Etudes_en_cours_DMDIV</c>: active DM-DIV studies.</summary>
    public long? ActiveDmDivStudies { get; init; }

    /// <summary><c>Etudes_en_cours_CTIS</c>: active CTIS studies.</summary>
    public long? ActiveCtisStudies { get; init; }

    /// <summary><c>Etudes_en_cours_JARDE</c>: active JARDE studies.</summary>
    public long? ActiveJardeStudies { get; init; }

    /// <summary><c>Total_Etudes_en_cours</c>: sum of the four active counts.</summary>
    public long? TotalActive { get; init; }

    /// <summary>Every key sent, in the order sent.</summary>
    public IReadOnlyList<StatisticsEntry> Entries { get; init; } = [];
}
