namespace CrossBorderBot.Storage;

/// <summary>The stored form of a <see cref="StorageLease"/>: who holds it and until when.</summary>
public sealed class StorageLeaseRecord : IStoreItem
{
    /// <summary>The holder's id (instance and acquisition); null once released.</summary>
    public string? Holder { get; set; }

    /// <summary>When the lease lapses unless renewed; a lapsed or released lease may be taken by anyone.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <inheritdoc />
    public string? ETag { get; set; }
}
