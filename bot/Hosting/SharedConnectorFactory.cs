using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace CrossBorderBot.Hosting;

/// <summary>Hands out the shared connector client for a service URL and audience, wrapped so the turn's dispose keeps it.</summary>
public sealed class SharedConnectorFactory(ConnectorFactory inner, SharedConnectorClients clients) : ConnectorFactory
{
    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
    {
        var shared = clients.GetOrCreate(serviceUrl ?? string.Empty, audience ?? string.Empty, () => inner.CreateAsync(serviceUrl, audience, CancellationToken.None));
        return shared is null
            ? await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false)
            : new SharedConnectorClient(await shared.ConfigureAwait(false));
    }
}
