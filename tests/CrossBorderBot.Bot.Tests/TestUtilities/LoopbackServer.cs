using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// A small real web server on 127.0.0.1 with a port the OS picks, for the fakes of outside services (Slack's Web API,
/// the Bot Framework's token service): the caller maps its routes, the server starts and says where it listens.
/// Over HTTPS when given a certificate. No logging: the fakes record what they need themselves.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The scheme, host and port, without a trailing slash (e.g. <c>http://127.0.0.1:40123</c>).</summary>
    public string BaseUrl { get; }

    /// <param name="mapRoutes">Maps the fake's endpoints before the server starts.</param>
    /// <param name="httpsCertificate">The server certificate to listen with over HTTPS; null for plain HTTP.</param>
    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> mapRoutes, X509Certificate2? httpsCertificate = null)
    {
        ArgumentNullException.ThrowIfNull(mapRoutes);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (httpsCertificate is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(httpsCertificate)));
        }

        var app = builder.Build();
        mapRoutes(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
