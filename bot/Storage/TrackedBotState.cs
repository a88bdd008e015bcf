using System.Runtime.CompilerServices;

namespace CrossBorderBot.Storage;

/// <summary>
/// The conversation's or the user's state over a store that hands out JSON text: a turn parses only the state it uses,
/// serializes it at most once when saved, and writes nothing when nothing changed (see <see cref="BotStateChangeTracker"/>).
/// Storage keys and turn-state names are those of the SDK's <see cref="ConversationState"/> and <see cref="UserState"/>,
/// so state stored by either reads the same; property accessors are the SDK's.
/// </summary>
/// <remarks>
/// One class for both scopes: they differ only in their key and name, which the SDK's two classes each fix in a subclass
/// (two subclasses of ours, one per SDK class, repeated every member).
/// </remarks>
public sealed class TrackedBotState : BotState, ITrackedBotState
{
    private readonly Func<ITurnContext, string> _storageKey;
    private readonly string _scopeName;

    private TrackedBotState(IStorage storage, IBotStateDocumentStore documents, string scopeName, Func<ITurnContext, string> storageKey)
        : base(storage, scopeName)
    {
        _storageKey = storageKey;
        _scopeName = scopeName;
        Tracker = new BotStateChangeTracker(documents, scopeName);
    }

    IBotStateDocumentStore ITrackedBotState.Documents => Tracker.Documents;

    BotStateChangeTracker ITrackedBotState.Tracker => Tracker;

    private BotStateChangeTracker Tracker { get; }

    /// <summary>The conversation's state, under <c>{channelId}/conversations/{conversationId}</c>.</summary>
    /// <param name="storage">The store (must be the same object as <paramref name="documents"/>).</param>
    /// <param name="documents">The store's state-text side.</param>
    public static TrackedBotState Conversation(IStorage storage, IBotStateDocumentStore documents) =>
        new(storage, documents, nameof(ConversationState), ConversationKey);

    /// <summary>The user's state, under <c>{channelId}/users/{userId}</c>.</summary>
    /// <param name="storage">The store (must be the same object as <paramref name="documents"/>).</param>
    /// <param name="documents">The store's state-text side.</param>
    public static TrackedBotState User(IStorage storage, IBotStateDocumentStore documents) =>
        new(storage, documents, nameof(UserState), UserKey);

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

    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext) => _storageKey(turnContext);

    string ITrackedBotState.StorageKey(ITurnContext turnContext) => GetStorageKey(turnContext);

    IDictionary<string, object>? ITrackedBotState.CachedState(ITurnContext turnContext) => GetCachedState(turnContext)?.State;

    async Task ITrackedBotState.ResetCacheAsync(ITurnContext turnContext, IDictionary<string, object>? state, CancellationToken cancellationToken)
    {
        if (state is null)
        {
            await base.ClearStateAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The SDK's cache entry computes a change hash in its constructor (a Json.NET serialization, with a new
        // serializer and writer, twice a turn), which this state never reads: saves compare the state's own JSON
        // (TurnStateWriter). Made without that constructor, the entry holds the loaded state and nothing else; the SDK's
        // accessors read only its State.
        var cached = (CachedBotState)RuntimeHelpers.GetUninitializedObject(typeof(CachedBotState));
        cached.State = state;
        turnContext.TurnState[_scopeName] = cached;
    }

    Task ITrackedBotState.DeleteStoredAsync(ITurnContext turnContext, CancellationToken cancellationToken) => base.DeleteAsync(turnContext, cancellationToken);

    // The SDK's ConversationState and UserState keys, with their errors for an activity that lacks a part.
    private static string ConversationKey(ITurnContext turnContext) =>
        $"{ChannelOf(turnContext)}/conversations/{turnContext.Activity.Conversation?.Id ?? throw new InvalidOperationException("invalid activity-missing Conversation.Id")}";

    private static string UserKey(ITurnContext turnContext) =>
        $"{ChannelOf(turnContext)}/users/{turnContext.Activity.From?.Id ?? throw new InvalidOperationException("invalid activity-missing From.Id")}";

    private static string ChannelOf(ITurnContext turnContext) =>
        turnContext.Activity.ChannelId ?? throw new InvalidOperationException("invalid activity-missing channelId");
}
