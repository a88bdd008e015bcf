namespace CrossBorderBot.Storage;

/// <summary>
/// What <see cref="TrackedBotState"/> does for either scope: one state scope loaded, cleared, deleted and saved through a
/// <see cref="BotStateChangeTracker"/>. The state hands this scope the members of its SDK base class only a subclass can reach.
/// </summary>
internal sealed class TrackedBotStateScope : ITrackedBotState
{
    private readonly BotState _owner;
    private readonly Func<ITurnContext, string> _storageKey;
    private readonly Func<ITurnContext, BotState.CachedBotState?> _cachedState;
    private readonly Func<ITurnContext, CancellationToken, Task> _sdkClear;
    private readonly Func<ITurnContext, CancellationToken, Task> _sdkDelete;

    /// <param name="owner">The SDK scope this one serves.</param>
    /// <param name="documents">The store's state-text side (the same object as the owner's <c>IStorage</c>).</param>
    /// <param name="scopeName">The SDK scope's name (<c>ConversationState</c>, <c>UserState</c>), for the turn-state key.</param>
    /// <param name="storageKey">The owner's <c>GetStorageKey</c>.</param>
    /// <param name="cachedState">The owner's <c>GetCachedState</c>.</param>
    /// <param name="sdkClear">The SDK's own <c>ClearStateAsync</c> (puts an empty entry into the turn cache).</param>
    /// <param name="sdkDelete">The SDK's own <c>DeleteAsync</c> (clears the cache and deletes the stored item).</param>
    public TrackedBotStateScope(
        BotState owner,
        IBotStateDocumentStore documents,
        string scopeName,
        Func<ITurnContext, string> storageKey,
        Func<ITurnContext, BotState.CachedBotState?> cachedState,
        Func<ITurnContext, CancellationToken, Task> sdkClear,
        Func<ITurnContext, CancellationToken, Task> sdkDelete)
    {
        _owner = owner;
        _storageKey = storageKey;
        _cachedState = cachedState;
        _sdkClear = sdkClear;
        _sdkDelete = sdkDelete;
        Tracker = new BotStateChangeTracker(documents, scopeName);
    }

    public IBotStateDocumentStore Documents => Tracker.Documents;

    public BotStateChangeTracker Tracker { get; }

    public Task LoadAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken) =>
        BotStateChangeTracker.LoadAsync(this, turnContext, force, cancellationToken);

    public Task SaveAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken) =>
        TurnStateWriter.SaveAsync(turnContext, [_owner], force, cancellationToken);

    public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        BotStateChangeTracker.ClearAsync(this, turnContext, cancellationToken);

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        BotStateChangeTracker.DeleteAsync(this, turnContext, cancellationToken);

    string ITrackedBotState.StorageKey(ITurnContext turnContext) => _storageKey(turnContext);

    IDictionary<string, object>? ITrackedBotState.CachedState(ITurnContext turnContext) => _cachedState(turnContext)?.State;

    async Task ITrackedBotState.ResetCacheAsync(ITurnContext turnContext, IDictionary<string, object>? state, CancellationToken cancellationToken)
    {
        await _sdkClear(turnContext, cancellationToken).ConfigureAwait(false);
        if (state is not null)
        {
            _cachedState(turnContext)!.State = state;
        }
    }

    Task ITrackedBotState.DeleteStoredAsync(ITurnContext turnContext, CancellationToken cancellationToken) => _sdkDelete(turnContext, cancellationToken);
}
