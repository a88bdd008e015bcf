using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>
/// Storage that keeps plain JSON text without .NET type names, as database-backed providers do, so state comes
/// back as JObjects rather than the original types.
/// </summary>
public sealed class DialogPlainJsonStorage : IStorage
{
    private readonly Dictionary<string, string> _items = [];

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> found = new Dictionary<string, object>();
        foreach (var key in keys.Where(_items.ContainsKey))
        {
            found[key] = JObject.Parse(_items[key]);
        }

        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = JsonConvert.SerializeObject(value);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.Remove(key);
        }

        return Task.CompletedTask;
    }
}
