namespace CrossBorderBot.Storage;

/// <summary>
/// A state scope kept by a <see cref="BotStateChangeTracker"/>: what the tracker needs of the SDK's <c>BotState</c>
/// (its turn cache, key and base operations, which only a subclass can reach), and what lets its save join other
/// scopes' saves in one store write (<see cref="TurnStateWriter"/>).
/// </summary>
internal interface ITrackedBotState
{
    /// <summary>The store the scope reads and writes.</summary>
    IBotStateDocumentStore Documents { get; }

    /// <summary>The tracker that loads and saves the scope's state.</summary>
    BotStateChangeTracker Tracker { get; }

    /// <summary>The scope's storage key in this turn (<c>BotState.GetStorageKey</c>).</summary>
    string StorageKey(ITurnContext turnContext);

    /// <summary>The property dictionary the SDK's turn cache holds; null before the state is loaded or cleared.</summary>
    IDictionary<string, object>? CachedState(ITurnContext turnContext);

    /// <summary>Puts an empty entry into the SDK's turn cache (the SDK's <c>ClearStateAsync</c>) and fills it with <paramref name="state"/> when given.</summary>
    Task ResetCacheAsync(ITurnContext turnContext, IDictionary<string, object>? state, CancellationToken cancellationToken);

    /// <summary>The SDK's <c>DeleteAsync</c>: clears the cache and deletes the stored item.</summary>
    Task DeleteStoredAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
