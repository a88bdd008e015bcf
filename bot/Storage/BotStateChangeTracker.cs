using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Storage;

/// <summary>
/// The state handling behind <see cref="TrackedBotState"/>: a turn parses of its state only the values it uses (<see cref="StateDictionary"/>) and serializes it at most once when saved
/// (<see cref="StateDocument"/>, System.Text.Json); the write is skipped when nothing was used or changed, or when that
/// serialization equals the text read from the store. The SDK's <c>BotState</c> instead serializes the whole state
/// when loading (a change hash), again when saving (the hash to compare) and a third time in the store's write.
/// </summary>
internal sealed class BotStateChangeTracker(IBotStateDocumentStore documents, string scopeName)
{
    // Json.NET serializers are safe to share once configured; the store's own settings, so bodies compare equal.
    private static readonly JsonSerializer Serializer = BotStateJson.CreateStoreSerializer();

    private readonly string _baselineKey = typeof(BotStateChangeTracker).FullName + "." + scopeName;

    public IBotStateDocumentStore Documents { get; } = documents;

    /// <summary>
    /// The scope's <c>LoadAsync</c>: unless the turn already has its state (or <paramref name="force"/>), reads it and
    /// puts it into the SDK's turn cache, where the SDK's accessors find it. The cache entry is made by the SDK's
    /// <c>ClearStateAsync</c>, which (unlike its load) computes no change hash of the loaded state.
    /// </summary>
    public static async Task LoadAsync(ITrackedBotState scope, ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && scope.CachedState(turnContext) is not null)
        {
            return;
        }

        var state = await scope.Tracker.LoadAsync(turnContext, scope.StorageKey(turnContext), cancellationToken).ConfigureAwait(false);
        await scope.ResetCacheAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The scope's <c>ClearStateAsync</c>: cleared before anything was read, the next save overwrites whatever is stored, as the SDK's would.</summary>
    public static async Task ClearAsync(ITrackedBotState scope, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await scope.ResetCacheAsync(turnContext, state: null, cancellationToken).ConfigureAwait(false);
        scope.Tracker.EnsureBaseline(turnContext);
    }

    /// <summary>The scope's <c>DeleteAsync</c>: what was read is forgotten with the stored item.</summary>
    public static Task DeleteAsync(ITrackedBotState scope, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        scope.Tracker.Forget(turnContext);
        return scope.DeleteStoredAsync(turnContext, cancellationToken);
    }

    /// <summary>The write the scope needs this turn, or null when its state is unchanged.</summary>
    public static BotStateWrite? PrepareWrite(ITrackedBotState scope, ITurnContext turnContext, bool force) =>
        scope.Tracker.PrepareWrite(turnContext, scope.StorageKey(turnContext), scope.CachedState(turnContext), force);

    /// <summary>Reads the scope's state and remembers what was read; returns the dictionary the SDK's cache holds.</summary>
    public async Task<IDictionary<string, object>> LoadAsync(ITurnContext turnContext, string storageKey, CancellationToken cancellationToken)
    {
        var stored = await Documents.ReadStateAsync(storageKey, cancellationToken).ConfigureAwait(false);
        var state = stored?.Value switch
        {
            null => new Dictionary<string, object>(),
            IDictionary<string, object> dictionary => dictionary,

            // Stored without type names (by another tool): read it as the SDK does.
            JObject json => json.ToObject<Dictionary<string, object>>(Serializer) ?? [],
            _ => throw new StorageReadException(storageKey, new InvalidOperationException("Stored state is not a property dictionary.")),
        };

        // The ETag travels beside the state (the baseline), never inside it, so a body never contains one.
        RemoveETagEntries(state);
        turnContext.TurnState[_baselineKey] = new BotStateBaseline(stored);
        return state;
    }

    /// <summary>
    /// The write this turn needs, or null when the state is unchanged (or was never loaded). One serialization: the
    /// body compared with what was read is the body written.
    /// </summary>
    public BotStateWrite? PrepareWrite(ITurnContext turnContext, string storageKey, IDictionary<string, object>? state, bool force)
    {
        if (state is null || turnContext.TurnState.Get<BotStateBaseline>(_baselineKey) is not { } baseline)
        {
            return null;
        }

        RemoveETagEntries(state);
        if (!force && baseline.ETag is null && state.Count == 0)
        {
            // Nothing stored and nothing to store, as the SDK's hash check concludes for a fresh empty state.
            return null;
        }

        if (!force && state is StateDictionary { IsUntouched: true })
        {
            // Nothing was read or changed since the load: the state is what is stored (text in an older form is brought
            // to the current one by the first save that changes something).
            return null;
        }

        // Compared and kept as UTF-8: a user's state with its saved plans is large enough that its text would land on
        // the large-object heap. Copied once, with room for the ETag the store appends (the stores that append one of
        // this length write it there instead of copying the body again).
        var body = StateDocument.WriteUtf8(state);
        return !force && baseline.HasBody(body)
            ? null
            : BotStateWrite.WithRoomForETag(storageKey, body, baseline.ETag, PendingStateWrite.ETagLength);
    }

    /// <summary>After the store committed <paramref name="write"/>: later saves in this turn compare with it.</summary>
    public void Committed(ITurnContext turnContext, BotStateWrite write, string eTag) =>
        turnContext.TurnState[_baselineKey] = write.DocumentWrittenWith(eTag) is { } document
            ? BotStateBaseline.OfDocument(document, eTag)
            : new BotStateBaseline(write.Utf8Body, eTag);

    /// <summary>Makes sure a save writes even though nothing was read this turn (an unconditional overwrite).</summary>
    public void EnsureBaseline(ITurnContext turnContext)
    {
        if (turnContext.TurnState.Get<BotStateBaseline>(_baselineKey) is null)
        {
            turnContext.TurnState[_baselineKey] = new BotStateBaseline(body: null, eTag: "*");
        }
    }

    /// <summary>Forgets what was read (the scope's state was deleted or will be read afresh).</summary>
    public void Forget(ITurnContext turnContext) => turnContext.TurnState.Remove(_baselineKey);

    private static void RemoveETagEntries(IDictionary<string, object> state)
    {
        if (state.IsReadOnly)
        {
            return;
        }

        foreach (var key in state.Keys)
        {
            if (string.Equals(key, BotStateJson.ETagProperty, StringComparison.OrdinalIgnoreCase))
            {
                state.Remove(key);
                RemoveETagEntries(state);
                return;
            }
        }
    }
}
