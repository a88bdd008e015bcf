namespace CrossBorderBot.Alerts;

/// <summary>
/// One alert check as of a day: for every subscription, the dated changes of its markets that took effect from the
/// day it subscribed up to that day, and the entries of its markets revised since it subscribed; each one not yet
/// delivered is claimed in storage (so no instance sends it again), then sent. A failed send gives its claim back,
/// so the next check tries again. Returns how many alerts went out.
/// </summary>
public sealed partial class RuleAlertChecker(
    AlertSubscriptionStore subscriptions,
    RuleChangeCatalog catalog,
    KnowledgeUpdateTracker updates,
    AlertMessageBuilder messages,
    ProactiveAlertSender sender,
    ILogger<RuleAlertChecker> logger)
{
    public async Task<int> RunAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var ids = await subscriptions.ListIdsAsync(cancellationToken);
        if (ids.Count == 0)
        {
            // Nobody to tell: leave the stored baseline alone (a bot nobody subscribed to writes nothing).
            LogChecked(logger, asOf, 0);
            return 0;
        }

        var notices = await updates.RefreshAsync(asOf, cancellationToken);
        var sent = 0;
        foreach (var id in ids)
        {
            var subscription = await subscriptions.GetAsync(id, cancellationToken);
            if (subscription is null || subscription.Markets.Count == 0)
            {
                continue;
            }

            foreach (var change in Due(subscription, notices, asOf))
            {
                if (!await subscriptions.TryClaimAsync(id, change.Id, cancellationToken))
                {
                    continue;
                }

                try
                {
                    await sender.SendAsync(subscription, messages.Build(change, BotLanguage.Of(subscription.Language)), cancellationToken);
                    sent++;
                    LogSent(logger, change.Id, subscription.Door, subscription.ConversationId);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogSendFailed(logger, exception, change.Id, subscription.Door, subscription.ConversationId);
                    await subscriptions.ReleaseAsync(id, change.Id, CancellationToken.None);
                }
            }
        }

        LogChecked(logger, asOf, sent);
        return sent;
    }

    private IEnumerable<RuleChange> Due(AlertSubscription subscription, IReadOnlyList<KnowledgeUpdateNotice> notices, DateOnly asOf)
    {
        var since = DateOnly.FromDateTime(subscription.SubscribedAt.UtcDateTime);
        var dated = catalog.Between(subscription.Markets, since, asOf).ToList();
        foreach (var change in dated)
        {
            if (!subscription.Delivered.Contains(change.Id, StringComparer.Ordinal))
            {
                yield return change;
            }
        }

        foreach (var notice in notices.Where(n => n.DetectedAt > subscription.SubscribedAt))
        {
            foreach (var market in notice.Markets.Intersect(subscription.Markets, StringComparer.OrdinalIgnoreCase))
            {
                if (!subscription.Delivered.Contains(notice.ChangeId(market), StringComparer.Ordinal)
                    && messages.FromUpdate(notice, market) is { } change)
                {
                    yield return change;
                }
            }
        }
    }

    [LoggerMessage(EventId = LogEventIds.AlertsSent, Level = LogLevel.Information, Message = "Sent rule-change alert {ChangeId} via {Door} to conversation {ConversationId}")]
    private static partial void LogSent(ILogger logger, string changeId, AlertDoor door, string conversationId);

    [LoggerMessage(EventId = LogEventIds.AlertsSendFailed, Level = LogLevel.Warning, Message = "Could not send rule-change alert {ChangeId} via {Door} to conversation {ConversationId}; it is retried at the next check")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string changeId, AlertDoor door, string conversationId);

    [LoggerMessage(EventId = LogEventIds.AlertsChecked, Level = LogLevel.Information, Message = "Rule-change alert check as of {AsOf}: {Sent} sent")]
    private static partial void LogChecked(ILogger logger, DateOnly asOf, int sent);
}
