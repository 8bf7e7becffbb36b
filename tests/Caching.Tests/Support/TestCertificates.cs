using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Gateway.Caching.Tests.Support;

/// <summary>
/// A private CA made in-process, a server certificate for localhost/127.0.0.1 and a client certificate it signed,
/// written as PEM files for redis-server's TLS options.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    public TestCertificates()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("redis-tls-").FullName;
        var notBefore = DateTimeOffset.UtcNow.AddDays(-1);
        var notAfter = DateTimeOffset.UtcNow.AddDays(2);

        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Gateway Test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        Authority = caRequest.CreateSelfSigned(notBefore, notAfter);

        Server = Issue("CN=localhost", "1.3.6.1.5.5.7.3.1", notBefore, notAfter, out var serverKey, dns: true);
        Client = Issue("CN=gateway", "1.3.6.1.5.5.7.3.2", notBefore, notAfter, out var clientKey, dns: false);

        File.WriteAllText(CaFile, Authority.ExportCertificatePem());
        File.WriteAllText(ServerCertFile, Server.ExportCertificatePem());
        File.WriteAllText(ServerKeyFile, serverKey.ExportPkcs8PrivateKeyPem());
        serverKey.Dispose();
        ClientWithKey = Client.CopyWithPrivateKey(clientKey);
        clientKey.Dispose();
    }

    public string Directory { get; }

    public X509Certificate2 Authority { get; }

    public X509Certificate2 Server { get; }

    public X509Certificate2 Client { get; }

    public X509Certificate2 ClientWithKey { get; }

    public string CaFile => Path.Combine(Directory, "ca.crt");

    public string ServerCertFile => Path.Combine(Directory, "server.crt");

    public string ServerKeyFile => Path.Combine(Directory, "server.key");

    /// <summary>redis-server arguments for TLS on its port (plain TCP off).</summary>
    public string[] ServerArguments(bool requireClientCertificates) =>
    [
        "--tls-cert-file", ServerCertFile, "--tls-key-file", ServerKeyFile, "--tls-ca-cert-file", CaFile,
        "--tls-auth-clients", requireClientCertificates ? "yes" : "no",
    ];

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
        Client.Dispose();
        ClientWithKey.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleaning.
        }
    }

    private X509Certificate2 Issue(string subject, string usage, DateTimeOffset notBefore, DateTimeOffset notAfter, out ECDsa key, bool dns)
    {
        key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Authority, true, false));
        if (dns)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }

        return request.Create(Authority, notBefore, notAfter, RandomNumberGenerator.GetBytes(16));
    }
}
