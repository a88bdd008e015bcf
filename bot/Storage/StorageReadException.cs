namespace CrossBorderBot.Storage;

/// <summary>
/// A stored item exists but cannot be turned back into an object (damaged JSON, a type that no longer exists,
/// or a type the serialization binder refuses). Other keys stay readable; the bot answers this with an apology
/// and a fresh start for the affected conversation or user, which overwrites the unreadable item.
/// </summary>
public sealed class StorageReadException : Exception
{
    /// <summary>Creates the exception for the storage key that could not be read.</summary>
    public StorageReadException(string key, Exception? innerException)
        : base($"The stored item '{key}' could not be read; it may be damaged or written by an incompatible version.", innerException)
    {
        Key = key;
    }

    /// <summary>The storage key whose stored item could not be read.</summary>
    public string Key { get; }
}
