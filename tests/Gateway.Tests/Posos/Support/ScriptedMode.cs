namespace Gateway.Tests.Posos.Support;

/// <summary>What <see cref="ScriptedPosos"/> answers.</summary>
public enum ScriptedMode
{
    /// <summary>The canned alerts and interactions, every field filled.</summary>
    Canned,

    /// <summary>The canned data, but <c>Drug.packagedDrug</c> fails (a field error below the root, with partial data).</summary>
    FieldError,

    /// <summary><c>getContraindications</c> itself fails (null, with an error at its path).</summary>
    RootFieldError,

    /// <summary><see cref="ScriptedPosos.RawAnswer"/> as is.</summary>
    Raw,
}
