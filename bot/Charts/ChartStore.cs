namespace CrossBorderBot.Charts;

/// <summary>Drawn charts in the bot's <see cref="IStorage"/>, so any instance can serve a link another one made.</summary>
public sealed class ChartStore(IStorage storage)
{
    private const string Prefix = "charts/png/";

    public async Task SaveAsync(string chartId, string conversationHash, byte[] png, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [Prefix + chartId] = new StoredChart { ConversationHash = conversationHash, PngBase64 = Convert.ToBase64String(png), ExpiresAt = expiresAt },
        }, cancellationToken);

    public async Task<StoredChart?> LoadAsync(string chartId, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([Prefix + chartId], cancellationToken);
        return items.TryGetValue(Prefix + chartId, out var value) ? value as StoredChart : null;
    }

    public Task DeleteAsync(string chartId, CancellationToken cancellationToken) => storage.DeleteAsync([Prefix + chartId], cancellationToken);
}
