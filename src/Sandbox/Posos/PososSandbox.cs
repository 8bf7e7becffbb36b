using Gateway.GraphQL.Execution;
using Gateway.Sandbox.Google;
using Gateway.Sandbox.TestSupport;

namespace Gateway.Sandbox.Posos;

/// <summary>The Posos stand-in of one host: knowledge and executor (built on first use), recorder and bearer check.</summary>
internal sealed class PososSandbox
{
    private readonly Lazy<PososKnowledge> _knowledge = new(() => new PososKnowledge(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<RequestExecutor> _executor;
    private readonly GoogleTokenService _tokens;

    public PososSandbox(PososSandboxOptions options, GoogleTokenService tokens, TimeProvider time)
    {
        Options = options;
        _tokens = tokens;
        Recorder = new OperationRecorder(options.RecordedOperations);
        _executor = new Lazy<RequestExecutor>(() => PososSchema.Executor(PososSchema.Build(() => _knowledge.Value, time)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public PososSandboxOptions Options { get; }

    public OperationRecorder Recorder { get; }

    public PososKnowledge Knowledge => _knowledge.Value;

    public RequestExecutor Executor => _executor.Value;

    /// <summary>
    /// Checks the <c>Authorization</c> header as Google's Identity-Aware Proxy would: null when accepted,
    /// else the message of its 401 page. Accepted: the configured token, or an ID token issued by the
    /// sandbox's token endpoint.
    /// </summary>
    public string? Authenticate(string? authorization)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return "Invalid IAP credentials: empty token";
        }

        var token = authorization[scheme.Length..].Trim();
        if (token.Length == 0)
        {
            return "Invalid IAP credentials: empty token";
        }

        if (string.Equals(token, Options.Token, StringComparison.Ordinal) || _tokens.IsValidIdToken(token))
        {
            return null;
        }

        return token.Split('.').Length == 3 ? "Invalid IAP credentials: JWT signature is invalid" : "Invalid IAP credentials: Unable to parse JWT";
    }
}
