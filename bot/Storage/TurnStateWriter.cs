namespace CrossBorderBot.Storage;

/// <summary>
/// Saves a turn's state scopes at the end of the turn. Scopes over the same <see cref="IBotStateDocumentStore"/> are
/// saved in one store write, so conversation and user state are stored together or not at all (two writes could leave
/// one saved without the other if the second failed). Other scopes are saved the SDK's way, one after another.
/// </summary>
public static class TurnStateWriter
{
    /// <summary>Writes what changed; returns once it is stored (so a reply sent afterwards is never ahead of its state).</summary>
    public static async Task SaveAsync(ITurnContext turnContext, IReadOnlyList<BotState> scopes, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(scopes);
        IBotStateDocumentStore? store = null;
        List<(ITrackedBotState Scope, BotStateWrite Write)>? writes = null;
        foreach (var scope in scopes)
        {
            if (scope is ITrackedBotState tracked && (store is null || ReferenceEquals(store, tracked.Documents)))
            {
                store = tracked.Documents;
                if (BotStateChangeTracker.PrepareWrite(tracked, turnContext, force) is { } write)
                {
                    (writes ??= []).Add((tracked, write));
                }
            }
            else
            {
                await scope.SaveChangesAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
            }
        }

        if (store is null || writes is null)
        {
            return;
        }

        var eTags = await store.WriteStateAsync(writes.ConvertAll(w => w.Write), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < writes.Count; i++)
        {
            writes[i].Scope.Tracker.Committed(turnContext, writes[i].Write, eTags[i]);
        }
    }
}
