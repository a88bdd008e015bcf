using Microsoft.Bot.Builder;

namespace CrossBorderBot.Storage;

/// <summary>
/// <see cref="UserState"/> over a store that hands out JSON text: one parse when a turn first uses its state,
/// one serialization when it is saved, no write when nothing changed (see <see cref="BotStateChangeTracker"/>).
/// Property accessors, keys, <c>ClearStateAsync</c> and <c>DeleteAsync</c> are the SDK's.
/// </summary>
public sealed class TrackedUserState : UserState, ITrackedBotState
{
    private readonly BotStateChangeTracker _tracker;

    /// <param name="storage">The store (must be the same object as <paramref name="documents"/>).</param>
    /// <param name="documents">The store's state-text side.</param>
    public TrackedUserState(IStorage storage, IBotStateDocumentStore documents)
        : base(storage)
    {
        _tracker = new BotStateChangeTracker(documents, nameof(UserState));
    }

    /// <inheritdoc />
    public IBotStateDocumentStore Documents => _tracker.Documents;

    /// <inheritdoc />
    public override async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && GetCachedState(turnContext)?.State is not null)
        {
            return;
        }

        var state = await _tracker.LoadAsync(turnContext, GetStorageKey(turnContext), cancellationToken).ConfigureAwait(false);

        // The SDK's accessors read the cache it keeps in the turn; its ClearStateAsync makes that entry without a change
        // hash of the loaded state (the serialization this class exists to avoid), and the loaded state goes into it.
        await base.ClearStateAsync(turnContext, cancellationToken).ConfigureAwait(false);
        GetCachedState(turnContext).State = state;
    }

    /// <inheritdoc />
    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnStateWriter.SaveAsync(turnContext, [this], force, cancellationToken);

    /// <inheritdoc />
    public override async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.ClearStateAsync(turnContext, cancellationToken).ConfigureAwait(false);

        // Cleared before anything was read: the next save overwrites whatever is stored, as the SDK's would.
        _tracker.EnsureBaseline(turnContext);
    }

    /// <inheritdoc />
    public override async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        _tracker.Forget(turnContext);
        await base.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    BotStateWrite? ITrackedBotState.PrepareWrite(ITurnContext turnContext, bool force) =>
        _tracker.PrepareWrite(turnContext, GetStorageKey(turnContext), GetCachedState(turnContext)?.State, force);

    void ITrackedBotState.Committed(ITurnContext turnContext, BotStateWrite write, string eTag) => _tracker.Committed(turnContext, write, eTag);
}
