using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Security;

/// <summary>
/// A stand-in for the Bot Framework's token service, over HTTPS on 127.0.0.1 with a free port: OpenID metadata, a
/// JWKS with two RSA signing keys (one endorsed for the test channels, one for another channel only), and a
/// connector that records any reply the bot sends. Its own certificate authority signs the server certificate; the
/// bot process trusts it through <c>SSL_CERT_FILE</c>.
/// </summary>
public sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    public const string Issuer = "https://issuer.crossborderbot.test";
    public const string EndorsedKeyId = "endorsed-key";
    public const string OtherChannelKeyId = "other-channel-key";

    private LoopbackServer? _server;
    private readonly RSA _endorsedKey;
    private readonly RSA _otherChannelKey;
    private readonly string _directory;

    private LocalOpenIdIssuer(RSA endorsedKey, RSA otherChannelKey, string directory, string caBundlePath)
    {
        _endorsedKey = endorsedKey;
        _otherChannelKey = otherChannelKey;
        _directory = directory;
        CaBundlePath = caBundlePath;
    }

    /// <summary>The channels the endorsed key may sign for.</summary>
    public static IReadOnlyList<string> EndorsedChannels { get; } = ["msteams", "emulator", "webchat"];

    public string BaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => BaseUrl + "/.well-known/openid-configuration";

    /// <summary>A PEM file holding only this issuer's CA: what the bot's <c>SSL_CERT_FILE</c> points at.</summary>
    public string CaBundlePath { get; }

    /// <summary>Replies the bot posted to the connector (the activities' serviceUrl is <see cref="BaseUrl"/>).</summary>
    public ConcurrentQueue<string> ConnectorCalls { get; } = new();

    public static async Task<LocalOpenIdIssuer> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cbb-issuer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var (ca, server) = CreateCertificates();
        var caBundle = Path.Combine(directory, "ca-bundle.pem");
        await File.WriteAllTextAsync(caBundle, ca.ExportCertificatePem());

        var issuer = new LocalOpenIdIssuer(RSA.Create(2048), RSA.Create(2048), directory, caBundle);
        issuer._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/.well-known/openid-configuration", () => Results.Text(issuer.Metadata(), "application/json"));
            app.MapGet("/keys", () => Results.Text(issuer.Keys(), "application/json"));
            app.MapPost("/v3/conversations/{**rest}", async (HttpContext http) =>
            {
                issuer.ConnectorCalls.Enqueue(http.Request.Path);
                await http.Response.WriteAsJsonAsync(new { id = "reply-1" });
            });
        }, server);
        issuer.BaseUrl = issuer._server.BaseUrl;
        ca.Dispose();
        return issuer;
    }

    /// <summary>A channel token as the Bot Framework issues it, signed RS256 with the endorsed key unless told otherwise.</summary>
    public string Token(string audience, string serviceUrl, DateTimeOffset? notBefore = null, DateTimeOffset? expires = null, string issuer = Issuer, string keyId = EndorsedKeyId)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = keyId, ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["nbf"] = (notBefore ?? now.AddMinutes(-1)).ToUnixTimeSeconds(),
            ["exp"] = (expires ?? now.AddHours(1)).ToUnixTimeSeconds(),
        };
        var signingInput = Base64Url(header.ToJsonString()) + "." + Base64Url(payload.ToJsonString());
        var key = keyId == OtherChannelKeyId ? _otherChannelKey : _endorsedKey;
        return signingInput + "." + Base64Url(key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    public static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _endorsedKey.Dispose();
        _otherChannelKey.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string Metadata() => new JsonObject
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = BaseUrl + "/authorize",
        ["jwks_uri"] = BaseUrl + "/keys",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private string Keys() => new JsonObject
    {
        ["keys"] = new JsonArray(Jwk(_endorsedKey, EndorsedKeyId, EndorsedChannels), Jwk(_otherChannelKey, OtherChannelKeyId, ["some-other-channel"])),
    }.ToJsonString();

    private static JsonObject Jwk(RSA key, string keyId, IEnumerable<string> endorsements)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64Url(parameters.Modulus!),
            ["e"] = Base64Url(parameters.Exponent!),
            ["endorsements"] = new JsonArray([.. endorsements.Select(channel => (JsonNode)channel)]),
        };
    }

    private static (X509Certificate2 Ca, X509Certificate2 Server) CreateCertificates()
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=CrossBorderBot test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(2));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.1")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using var issued = serverRequest.Create(ca, now.AddHours(-1), now.AddDays(1), RandomNumberGenerator.GetBytes(16));
        using var withKey = issued.CopyWithPrivateKey(serverKey);

        // Through PKCS#12 so the private key is usable by the TLS stack on every platform.
        var server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), password: null);
        return (ca, server);
    }
}
