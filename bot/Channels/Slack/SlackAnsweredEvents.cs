using CrossBorderBot.Storage;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// The last events answered in each Slack conversation, kept in the state store, so a retry Slack sends after a
/// restart (X-Slack-Retry-Num; the in-process <see cref="SlackEventDeduplicator"/> is empty then) runs no second turn.
/// Only needed with a store of one process (SQLite, Memory): a shared store's <see cref="SlackEventClaims"/> already
/// outlives the process. An event is recorded after its turn, when the turn's state is written: a crash during the
/// turn lets Slack's retry answer it rather than lose the message.
/// </summary>
public sealed class SlackAnsweredEvents(IStorage storage)
{
    /// <summary>Slack retries within minutes; a conversation gets far fewer events than this meanwhile.</summary>
    public const int KeptPerConversation = 32;

    private const string KeyPrefix = "slack/answered-events/";

    private bool IsNeeded => storage is not IExclusiveCreateStorage;

    public async Task<bool> WasAnsweredAsync(SlackConversationId conversation, string eventId, CancellationToken cancellationToken) =>
        IsNeeded && (await ReadAsync(conversation, cancellationToken))?.EventIds.Contains(eventId) == true;

    /// <summary>Records the event; turns of one conversation run one at a time (SlackTurnQueue), so no write races.</summary>
    public async Task RememberAsync(SlackConversationId conversation, string eventId, CancellationToken cancellationToken)
    {
        if (!IsNeeded)
        {
            return;
        }

        var record = await ReadAsync(conversation, cancellationToken) ?? new SlackAnsweredEventsRecord();
        record.EventIds.Add(eventId);
        if (record.EventIds.Count > KeptPerConversation)
        {
            record.EventIds.RemoveRange(0, record.EventIds.Count - KeptPerConversation);
        }

        record.ETag = "*";
        await storage.WriteAsync(new Dictionary<string, object> { [KeyPrefix + conversation] = record }, cancellationToken);
    }

    private async Task<SlackAnsweredEventsRecord?> ReadAsync(SlackConversationId conversation, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + conversation;
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var value) ? value as SlackAnsweredEventsRecord : null;
    }
}
