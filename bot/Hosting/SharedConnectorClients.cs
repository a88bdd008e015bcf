using System.Collections.Concurrent;
using Microsoft.Bot.Connector;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Connector clients kept for reuse, one per service URL and audience. Bounded, because with authentication off the
/// service URL comes from the request: past the bound, clients are built per turn as the SDK does.
/// </summary>
public sealed class SharedConnectorClients
{
    /// <summary>Real deployments talk to a handful of service URLs (one per channel and region).</summary>
    public const int MaxClients = 64;

    private readonly ConcurrentDictionary<(string ServiceUrl, string Audience), Lazy<Task<IConnectorClient>>> _clients = new();

    /// <summary>The shared client for the key, built by <paramref name="create"/> once; null when the store is full.</summary>
    public Task<IConnectorClient>? GetOrCreate(string serviceUrl, string audience, Func<Task<IConnectorClient>> create)
    {
        var key = (serviceUrl, audience);
        if (_clients.TryGetValue(key, out var existing))
        {
            return Unwrap(key, existing);
        }

        if (_clients.Count >= MaxClients)
        {
            return null;
        }

        return Unwrap(key, _clients.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(create)));
    }

    private Task<IConnectorClient> Unwrap((string, string) key, Lazy<Task<IConnectorClient>> entry)
    {
        var task = entry.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            // A failed build (say a credential lookup) is not kept: the next turn tries again.
            _clients.TryRemove(new KeyValuePair<(string, string), Lazy<Task<IConnectorClient>>>(key, entry));
        }

        return task;
    }
}
