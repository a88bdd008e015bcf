namespace CrossBorderBot.Storage;

/// <summary>
/// Writes one item that several bot instances may write at once (alert subscriptions and their index, the knowledge
/// snapshot, the chart signing key): a new item is created only if no one created it meanwhile, on stores that can
/// tell; an existing one is written with the ETag it was read with, so a concurrent change throws
/// <see cref="StorageConcurrencyException"/> and the caller reads again.
/// </summary>
internal static class StorageItemWrite
{
    /// <summary>
    /// Creates (<paramref name="isNew"/>) or replaces the item under <paramref name="key"/>. False when another writer
    /// created it first: read it and decide again.
    /// </summary>
    public static async Task<bool> CreateOrReplaceAsync(this IStorage storage, string key, object item, bool isNew, CancellationToken cancellationToken)
    {
        if (isNew && storage is IExclusiveCreateStorage creator)
        {
            return await creator.TryCreateAsync(key, item, cancellationToken);
        }

        await storage.WriteAsync(new Dictionary<string, object> { [key] = item }, cancellationToken);
        return true;
    }
}
