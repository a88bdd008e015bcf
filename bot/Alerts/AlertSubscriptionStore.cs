using System.Security.Cryptography;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Alerts;

/// <summary>
/// Subscriptions in the bot's <see cref="IStorage"/>, so every provider (SQLite, PostgreSQL, Azure Blob, Memory)
/// keeps them across restarts and shares them between instances. Each subscription is one item changed only by
/// ETag-checked writes (retried on conflict); an index item lists them. A delivery is claimed by adding the change
/// to the subscription's delivered list with such a write, so of two instances claiming the same alert one wins.
/// </summary>
public sealed partial class AlertSubscriptionStore(IStorage storage, ILogger<AlertSubscriptionStore> logger)
{
    private const string IndexKey = "alerts/subscriptions";
    private const string ItemPrefix = "alerts/subscription/";
    private const int MaxAttempts = 8;

    /// <summary>The id of a user's subscription in one conversation on one door (a hash: no user ids in keys).</summary>
    public static string IdFor(AlertDoor door, string channelId, string conversationId, string userId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{door}\n{channelId}\n{conversationId}\n{userId}")))[..32];

    public async Task<AlertSubscription?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var key = ItemPrefix + id;
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var value) ? value as AlertSubscription : null;
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([IndexKey], cancellationToken);
        return items.TryGetValue(IndexKey, out var value) && value is AlertSubscriptionIndex index ? [.. index.Ids] : [];
    }

    /// <summary>
    /// Adds markets to the subscription (creating it), refreshing how to reach the conversation and the language.
    /// Returns the subscription as stored.
    /// </summary>
    public async Task<AlertSubscription> SubscribeAsync(AlertSubscription template, IReadOnlyCollection<string> markets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        var stored = await UpdateAsync(template.Id, current =>
        {
            var next = current ?? template;
            if (current is not null)
            {
                next.ReferenceJson = template.ReferenceJson;
                next.Language = template.Language;
                if (next.Markets.Count == 0)
                {
                    // A subscription that was stopped starts afresh: nothing from before this day is owed.
                    next.SubscribedAt = template.SubscribedAt;
                }
            }

            next.Markets = [.. next.Markets.Union(markets, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
            return next;
        }, cancellationToken);
        await AddToIndexAsync(template.Id, cancellationToken);
        return stored!;
    }

    /// <summary>Removes the given markets, or all when <paramref name="markets"/> is empty. Null when there was no subscription.</summary>
    public Task<AlertSubscription?> UnsubscribeAsync(string id, IReadOnlyCollection<string> markets, CancellationToken cancellationToken) =>
        UpdateAsync(id, current =>
        {
            if (current is null)
            {
                return null;
            }

            // The item stays (with no markets) rather than being deleted, so a late claim cannot bring it back to life.
            current.Markets = markets.Count == 0 ? [] : [.. current.Markets.Except(markets, StringComparer.OrdinalIgnoreCase)];
            return current;
        }, cancellationToken);

    /// <summary>
    /// Marks <paramref name="changeId"/> as delivered to the subscriber. True only for the one caller (of any
    /// instance) that recorded it; false when it was already recorded or the subscription is gone or stopped.
    /// </summary>
    public async Task<bool> TryClaimAsync(string id, string changeId, CancellationToken cancellationToken)
    {
        var claimed = false;
        await UpdateAsync(id, current =>
        {
            claimed = false;
            if (current is null || current.Markets.Count == 0 || current.Delivered.Contains(changeId, StringComparer.Ordinal))
            {
                return null;
            }

            current.Delivered.Add(changeId);
            claimed = true;
            return current;
        }, cancellationToken);
        return claimed;
    }

    /// <summary>Gives a claim back after the send failed, so the next check tries again.</summary>
    public Task ReleaseAsync(string id, string changeId, CancellationToken cancellationToken) =>
        UpdateAsync(id, current =>
        {
            if (current is null || !current.Delivered.Remove(changeId))
            {
                return null;
            }

            return current;
        }, cancellationToken);

    /// <summary>Read, change, write with the ETag read; on a conflict read again. <paramref name="change"/> returns null to write nothing.</summary>
    private async Task<AlertSubscription?> UpdateAsync(string id, Func<AlertSubscription?, AlertSubscription?> change, CancellationToken cancellationToken)
    {
        var key = ItemPrefix + id;
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync(id, cancellationToken);
            var next = change(current);
            if (next is null)
            {
                return current;
            }

            try
            {
                if (await storage.CreateOrReplaceAsync(key, next, isNew: current is null, cancellationToken))
                {
                    return next;
                }
            }
            catch (StorageConcurrencyException) when (attempt < MaxAttempts)
            {
                LogConflict(logger, id);
            }
        }
    }

    private async Task AddToIndexAsync(string id, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var items = await storage.ReadAsync([IndexKey], cancellationToken);
            var index = items.TryGetValue(IndexKey, out var value) ? value as AlertSubscriptionIndex : null;
            if (index?.Ids.Contains(id, StringComparer.Ordinal) == true)
            {
                return;
            }

            try
            {
                var next = index ?? new AlertSubscriptionIndex();
                next.Ids.Add(id);
                if (await storage.CreateOrReplaceAsync(IndexKey, next, isNew: index is null, cancellationToken))
                {
                    return;
                }
            }
            catch (StorageConcurrencyException) when (attempt < MaxAttempts)
            {
                LogConflict(logger, IndexKey);
            }
        }

        LogIndexNotUpdated(logger, id);
    }

    [LoggerMessage(EventId = LogEventIds.AlertsIndexNotUpdated, Level = LogLevel.Warning, Message = "Alert subscription {Id} could not be added to the index; it gets no alerts until the user subscribes again")]
    private static partial void LogIndexNotUpdated(ILogger logger, string id);

    [LoggerMessage(EventId = LogEventIds.AlertsSubscriptionConflict, Level = LogLevel.Debug, Message = "Alert subscription item {Id} changed under us; reading it again")]
    private static partial void LogConflict(ILogger logger, string id);
}
