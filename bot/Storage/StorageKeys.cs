namespace CrossBorderBot.Storage;

/// <summary>The keys of an <c>IStorage</c> read or delete, as a store acts on them.</summary>
internal static class StorageKeys
{
    /// <summary>Each key once, nulls left out (the SDK's callers may pass either).</summary>
    public static string[] Distinct(string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Where(k => k is not null).Distinct(StringComparer.Ordinal).ToArray();
    }
}
