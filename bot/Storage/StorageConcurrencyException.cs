namespace CrossBorderBot.Storage;

/// <summary>
/// A write was refused because the stored item changed since the caller read it (its ETag is stale).
/// The caller should read the item again, re-apply its change and retry, or tell the user.
/// </summary>
public sealed class StorageConcurrencyException : Exception
{
    /// <summary>Creates the exception for the storage key whose write was refused.</summary>
    public StorageConcurrencyException(string key)
        : this(key, innerException: null)
    {
    }

    /// <summary>Creates the exception for the storage key whose write was refused.</summary>
    public StorageConcurrencyException(string key, Exception? innerException)
        : base(
            $"The stored item '{key}' was changed by another writer after it was read (stale ETag); "
            + "read it again and retry the change.",
            innerException)
    {
        Key = key;
    }

    /// <summary>The storage key whose write was refused.</summary>
    public string Key { get; }
}
