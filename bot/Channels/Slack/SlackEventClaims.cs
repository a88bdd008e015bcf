using CrossBorderBot.Storage;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Makes an Events API delivery run once across all bot instances. Slack delivers an event (and its retries) to
/// whichever instance the load balancer picks, so the in-process <see cref="SlackEventDeduplicator"/> alone would let
/// two instances each answer it. With a shared state store the first instance to claim the <c>event_id</c> there
/// runs the turn; with a store of one process (SQLite, Memory) the in-process check is the whole story.
/// </summary>
public sealed partial class SlackEventClaims(IStorage storage, TimeProvider time, ILogger<SlackEventClaims> logger)
{
    private const string KeyPrefix = "slack/event-claims/";

    /// <summary>True when this instance is the first to claim the event (or the store is not shared).</summary>
    public async Task<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken)
    {
        if (storage is not IExclusiveCreateStorage shared)
        {
            return true;
        }

        var claimed = await shared.TryCreateAsync(KeyPrefix + eventId, new StorageLeaseRecord { Holder = Environment.MachineName, ExpiresAt = time.GetUtcNow() + SlackEventDeduplicator.Lifetime }, cancellationToken);
        if (!claimed)
        {
            LogClaimedElsewhere(logger, eventId);
        }

        return claimed;
    }

    [LoggerMessage(EventId = LogEventIds.SlackEventClaimedElsewhere, Level = LogLevel.Information, Message = "Slack event {EventId} is already being answered by another instance")]
    private static partial void LogClaimedElsewhere(ILogger logger, string eventId);
}
