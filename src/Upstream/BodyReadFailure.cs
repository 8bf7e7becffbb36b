namespace Gateway.Upstream;

/// <summary>Why <see cref="UpstreamBodyReader"/> could not read a body.</summary>
public enum BodyReadFailure
{
    /// <summary>The body did not arrive within the timeout.</summary>
    TimedOut,

    /// <summary>The connection failed while the body was read.</summary>
    Interrupted,
}
