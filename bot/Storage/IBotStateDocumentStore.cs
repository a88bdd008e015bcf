namespace CrossBorderBot.Storage;

/// <summary>
/// A store that hands conversation and user state over as JSON text as well as objects, so the state layer
/// (<see cref="TrackedBotState"/>) can parse a turn's state once, tell whether it changed by comparing one
/// serialization with the text it read, and save several keys in one write.
/// </summary>
/// <remarks>
/// Stored text is the body with the item's ETag appended as a last <c>eTag</c> property, exactly what
/// <see cref="Microsoft.Bot.Builder.IStorage.WriteAsync"/> stores for a state dictionary, so both ways of reading and
/// writing see the same items.
/// </remarks>
public interface IBotStateDocumentStore
{
    /// <summary>One key's state, parsed once, with the text it was parsed from; null when the key is not stored.</summary>
    /// <exception cref="StorageReadException">The stored text cannot be turned back into objects.</exception>
    Task<StoredBotState?> ReadStateAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes every item or none (one transaction where the store has them) and returns the new ETags in the order of
    /// <paramref name="writes"/>. A write whose expected ETag is no longer the stored one refuses the whole call with
    /// <see cref="StorageConcurrencyException"/>.
    /// </summary>
    Task<IReadOnlyList<string>> WriteStateAsync(IReadOnlyList<BotStateWrite> writes, CancellationToken cancellationToken);
}
