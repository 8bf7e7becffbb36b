using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Gateway.Hosting;

/// <summary>
/// Sends the ECLAIRE client's requests to the sandbox mounted in this very process, over HTTP on the address Kestrel
/// actually listens on (read from <see cref="IServerAddressesFeature"/> at send time, so <c>--urls</c> and port 0 both
/// work): the request's scheme, host and port are replaced, its path and query kept. The client thus talks to the
/// sandbox exactly as to the real registry, through its resilience pipeline, budget and coalescing, and the
/// sandbox's counters and faults apply. Wildcard hosts (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>) become loopback.
/// </summary>
internal sealed class InProcessSandboxHandler(IServer server) : DelegatingHandler
{
    private Uri? _listener;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var listener = _listener ??= FindListener();
        if (listener is null)
        {
            throw new HttpRequestException("The in-process sandbox cannot be reached: the gateway listens on no HTTP address yet.");
        }

        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = listener.Scheme, Host = listener.Host, Port = listener.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }

    private Uri? FindListener()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
        {
            return null;
        }

        return addresses
            .Select(Parse)
            .OfType<Uri>()
            .OrderBy(address => address.Scheme == Uri.UriSchemeHttp ? 0 : 1)
            .FirstOrDefault();
    }

    private static Uri? Parse(string address)
    {
        Microsoft.AspNetCore.Http.BindingAddress binding;
        try
        {
            binding = Microsoft.AspNetCore.Http.BindingAddress.Parse(address);
        }
        catch (FormatException)
        {
            return null;
        }

        if (binding.IsNamedPipe || binding.IsUnixPipe || binding.Port <= 0)
        {
            return null;
        }

        var host = binding.Host switch
        {
            "+" or "*" or "0.0.0.0" => "127.0.0.1",
            "[::]" or "::" => "[::1]",
            var other => other,
        };
        return Uri.TryCreate($"{binding.Scheme}://{host}:{binding.Port}/", UriKind.Absolute, out var uri) ? uri : null;
    }
}
