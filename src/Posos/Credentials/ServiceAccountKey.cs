using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Posos.Json;

namespace Gateway.Posos.Credentials;

/// <summary>
/// A Google service-account key (the JSON file Posos issues): the account's email, its RSA private key (PEM) and key
/// id, and the token endpoint it belongs to. Failures to read it are reported with messages that name the setting and
/// never quote the file. <see cref="ToString"/> never prints the key.
/// </summary>
internal sealed class ServiceAccountKey
{
    private ServiceAccountKey(string clientEmail, string privateKeyPem, string? privateKeyId, Uri? tokenUri)
    {
        ClientEmail = clientEmail;
        PrivateKeyPem = privateKeyPem;
        PrivateKeyId = privateKeyId;
        TokenUri = tokenUri;
    }

    public string ClientEmail { get; }

    public string? PrivateKeyId { get; }

    /// <summary>The key file's <c>token_uri</c>: the assertion's audience, and the default token endpoint.</summary>
    public Uri? TokenUri { get; }

    private string PrivateKeyPem { get; }

    /// <summary>
    /// The key the options name (<see cref="PososOptions.ServiceAccountKeyFile"/> or
    /// <see cref="PososOptions.ServiceAccountKeyJson"/>), or null when neither is set.
    /// </summary>
    /// <exception cref="InvalidOperationException">The key cannot be read or is not a usable RSA service-account key.</exception>
    public static ServiceAccountKey? FromOptions(PososOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ServiceAccountKeyJson))
        {
            return Parse(options.ServiceAccountKeyJson, "Posos:ServiceAccountKeyJson");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceAccountKeyFile))
        {
            return null;
        }

        string json;
        try
        {
            json = File.ReadAllText(options.ServiceAccountKeyFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InvalidOperationException($"Posos:ServiceAccountKeyFile could not be read ({exception.GetType().Name}).", exception);
        }

        return Parse(json, "Posos:ServiceAccountKeyFile");
    }

    /// <summary>Reads a key file's JSON; <paramref name="setting"/> names its origin in messages.</summary>
    /// <exception cref="InvalidOperationException">Not a usable RSA service-account key.</exception>
    public static ServiceAccountKey Parse(string json, string setting)
    {
        ServiceAccountKeyBody? body;
        try
        {
            body = JsonSerializer.Deserialize(json, PososJsonContext.Default.ServiceAccountKeyBody);
        }
        catch (JsonException)
        {
            // The parser's message quotes the text near the error, which may be the private key: it is not kept.
#pragma warning disable MA0054
            throw new InvalidOperationException($"{setting} is not valid JSON.");
#pragma warning restore MA0054
        }

        if (body is null)
        {
            throw new InvalidOperationException($"{setting} is not a JSON object.");
        }

        if (body.Type is { } type && type != "service_account")
        {
            throw new InvalidOperationException($"{setting} is not a service-account key (its type is not \"service_account\").");
        }

        if (string.IsNullOrWhiteSpace(body.ClientEmail) || string.IsNullOrWhiteSpace(body.PrivateKey))
        {
            throw new InvalidOperationException($"{setting} lacks client_email or private_key.");
        }

        Uri? tokenUri = null;
        if (!string.IsNullOrWhiteSpace(body.TokenUri)
            && (!Uri.TryCreate(body.TokenUri, UriKind.Absolute, out tokenUri) || (tokenUri.Scheme != Uri.UriSchemeHttps && tokenUri.Scheme != Uri.UriSchemeHttp)))
        {
            throw new InvalidOperationException($"{setting} has a token_uri that is not an absolute http(s) URL.");
        }

        var key = new ServiceAccountKey(body.ClientEmail.Trim(), body.PrivateKey, string.IsNullOrWhiteSpace(body.PrivateKeyId) ? null : body.PrivateKeyId.Trim(), tokenUri);
        using (key.CreateRsa(setting))
        {
            // Imported once here so a bad key fails at start-up.
        }

        return key;
    }

    /// <summary>The private key, imported (the caller disposes it).</summary>
    public RSA CreateRsa() => CreateRsa("The Posos service-account key");

    public override string ToString() => $"ServiceAccountKey {{ ClientEmail = {ClientEmail}, PrivateKeyId = {PrivateKeyId} }}";

    private RSA CreateRsa(string setting)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(PrivateKeyPem);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{setting} has a private_key that is not an RSA private key in PEM.", exception);
        }

        if (rsa.KeySize < 2048)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{setting} has an RSA key shorter than 2048 bits.");
        }

        return rsa;
    }
}
