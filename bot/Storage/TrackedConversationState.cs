using Microsoft.Bot.Builder;

namespace CrossBorderBot.Storage;

/// <summary>
/// <see cref="ConversationState"/> over a store that hands out JSON text: a turn parses only the state it uses, serializes
/// it at most once when saved, and writes nothing when nothing changed (see <see cref="BotStateChangeTracker"/>).
/// Property accessors and keys are the SDK's.
/// </summary>
/// <param name="storage">The store (must be the same object as <paramref name="documents"/>).</param>
/// <param name="documents">The store's state-text side.</param>
public sealed class TrackedConversationState(IStorage storage, IBotStateDocumentStore documents) : ConversationState(storage), ITrackedBotState
{
    /// <inheritdoc />
    public IBotStateDocumentStore Documents => Tracker.Documents;

    BotStateChangeTracker ITrackedBotState.Tracker => Tracker;

    private BotStateChangeTracker Tracker { get; } = new(documents, nameof(ConversationState));

    /// <inheritdoc />
    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        BotStateChangeTracker.LoadAsync(this, turnContext, force, cancellationToken);

    /// <inheritdoc />
    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnStateWriter.SaveAsync(turnContext, [this], force, cancellationToken);

    /// <inheritdoc />
    public override Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        BotStateChangeTracker.ClearAsync(this, turnContext, cancellationToken);

    /// <inheritdoc />
    public override Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        BotStateChangeTracker.DeleteAsync(this, turnContext, cancellationToken);

    string ITrackedBotState.StorageKey(ITurnContext turnContext) => GetStorageKey(turnContext);

    IDictionary<string, object>? ITrackedBotState.CachedState(ITurnContext turnContext) => GetCachedState(turnContext)?.State;

    async Task ITrackedBotState.ResetCacheAsync(ITurnContext turnContext, IDictionary<string, object>? state, CancellationToken cancellationToken)
    {
        await base.ClearStateAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (state is not null)
        {
            GetCachedState(turnContext).State = state;
        }
    }

    Task ITrackedBotState.DeleteStoredAsync(ITurnContext turnContext, CancellationToken cancellationToken) => base.DeleteAsync(turnContext, cancellationToken);
}
